using System.Text;
using Notices.Redaction.Matching;

namespace Notices.Redaction.PlainText;

/// <summary>Plain text: the passages are cut out of the characters and the markers written in.</summary>
internal static class PlainTextRedactor
{
    public static List<TextBlock> Read(ContractFile file)
    {
        var text = Decode(file, out _);
        var lines = text.Split('\n');
        var blocks = new List<TextBlock>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length > 0) blocks.Add(new TextBlock(Line(i + 1), line));
        }
        return blocks;
    }

    public static RedactionReport Redact(ContractFile file, PhraseMatcher matcher, Stream destination)
    {
        var text = Decode(file, out var hadBom);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') lineStarts.Add(i + 1);
        }
        DocumentLocation At(int index)
        {
            var line = lineStarts.BinarySearch(index);
            return Line(line >= 0 ? line + 1 : ~line);
        }
        var report = new List<RedactedPassage>();
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var m in matcher.Matches(text, At))
        {
            result.Append(text, at, m.Index - at).Append(WithholdingGroundText.Marker(m.Redaction.Ground));
            report.Add(new RedactedPassage(text.Substring(m.Index, m.Length), m.Redaction.Ground, At(m.Index)));
            at = m.Index + m.Length;
        }
        result.Append(text, at, text.Length - at);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (hadBom) destination.Write(Encoding.UTF8.Preamble);
        destination.Write(encoding.GetBytes(result.ToString()));
        return new RedactionReport(ContractFileType.PlainText, report);
    }

    private static DocumentLocation Line(int number) => new("text", null, number);

    private static string Decode(ContractFile file, out bool hadBom)
    {
        var bytes = file.Content.Span;
        hadBom = bytes.StartsWith(Encoding.UTF8.Preamble);
        return Encoding.UTF8.GetString(hadBom ? bytes[Encoding.UTF8.Preamble.Length..] : bytes);
    }
}
