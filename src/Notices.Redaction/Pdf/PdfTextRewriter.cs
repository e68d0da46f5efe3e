using PdfSharp.Pdf.Content.Objects;

namespace Notices.Redaction.Pdf;

/// <summary>
/// Rewrites the text-showing operators that carry removed glyphs. Each becomes a TJ whose strings
/// hold only the kept glyphs and whose numbers move the text position over the removed ones by
/// exactly their advance, so the rest of the line stays where it was and the removed characters
/// are nowhere in the file.
/// </summary>
internal static class PdfTextRewriter
{
    public static Dictionary<int, List<COperator>> Rewrite(PdfPageText text, HashSet<int> removed)
    {
        var byOperator = new Dictionary<int, List<int>>();
        for (var g = 0; g < text.Glyphs.Count; g++)
        {
            var op = text.Glyphs[g].Operator;
            if (!byOperator.TryGetValue(op, out var list)) byOperator[op] = list = [];
            list.Add(g);
        }
        var result = new Dictionary<int, List<COperator>>();
        foreach (var op in removed.Select(g => text.Glyphs[g].Operator).Distinct())
        {
            var original = text.Operators[op];
            var glyphs = byOperator[op];
            var array = new CArray();
            switch (original.Name)
            {
                case "TJ":
                    var source = (CArray)original.Operands[0];
                    for (var e = 0; e < source.Count; e++)
                    {
                        if (source[e] is CString) AppendString(array, text, glyphs.Where(g => text.Glyphs[g].Element == e), removed);
                        else array.Add(source[e]);
                    }
                    result[op] = [PdfRedactor.Op("TJ", array)];
                    break;
                case "Tj":
                    AppendString(array, text, glyphs, removed);
                    result[op] = [PdfRedactor.Op("TJ", array)];
                    break;
                case "'":
                    AppendString(array, text, glyphs, removed);
                    result[op] = [PdfRedactor.Op("T*"), PdfRedactor.Op("TJ", array)];
                    break;
                case "\"":
                    AppendString(array, text, glyphs, removed);
                    result[op] = [PdfRedactor.Op("Tw", original.Operands[0]), PdfRedactor.Op("Tc", original.Operands[1]), PdfRedactor.Op("T*"), PdfRedactor.Op("TJ", array)];
                    break;
            }
        }
        return result;
    }

    private static void AppendString(CArray array, PdfPageText text, IEnumerable<int> glyphs, HashSet<int> removed)
    {
        var kept = new System.Text.StringBuilder();
        var skipped = 0.0;
        foreach (var g in glyphs)
        {
            var glyph = text.Glyphs[g];
            if (removed.Contains(g))
            {
                if (kept.Length > 0) Flush();
                skipped += glyph.TextFontSize == 0 ? 0 : glyph.Advance * 1000 / glyph.TextFontSize;
                continue;
            }
            if (skipped != 0)
            {
                array.Add(PdfRedactor.Real(-skipped));
                skipped = 0;
            }
            kept.Append(SourceByte(text, glyph));
        }
        if (kept.Length > 0) Flush();
        if (skipped != 0) array.Add(PdfRedactor.Real(-skipped));

        void Flush()
        {
            array.Add(new CString { Value = kept.ToString(), CStringType = CStringType.String });
            kept.Clear();
        }
    }

    // The original byte of the glyph, read back from its operator, so kept text is byte-for-byte the same.
    private static char SourceByte(PdfPageText text, PdfGlyph glyph)
    {
        var op = text.Operators[glyph.Operator];
        var operand = op.Name switch
        {
            "TJ" => ((CArray)op.Operands[0])[glyph.Element],
            "\"" => op.Operands[2],
            _ => op.Operands[0],
        };
        return ((CString)operand).Value[glyph.Byte];
    }
}
