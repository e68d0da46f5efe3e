using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Notices.Redaction.Tests;

/// <summary>Reads every entry of a ZIP package as raw text, independently of the code under test.</summary>
internal static partial class PackageInspector
{
    /// <summary>Each entry's name, its raw text, and its text with the XML tags taken out (which joins text split across runs).</summary>
    public static List<(string Name, string Raw, string TagsRemoved)> Entries(byte[] package)
    {
        var entries = new List<(string, string, string)>();
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var copy = new MemoryStream();
            using (var stream = entry.Open()) stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var raw = Encoding.UTF8.GetString(bytes);
            if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
            {
                // An embedded package: inspect its entries as well.
                foreach (var (name, innerRaw, innerText) in Entries(bytes)) entries.Add((entry.FullName + "!" + name, innerRaw, innerText));
                continue;
            }
            entries.Add((entry.FullName, raw + "\n" + Encoding.Latin1.GetString(bytes), Tags().Replace(raw, "")));
        }
        return entries;
    }

    /// <summary>Every place in the package where one of the strings still occurs (case ignored).</summary>
    public static List<string> Occurrences(byte[] package, IEnumerable<string> strings)
    {
        var found = new List<string>();
        var entries = Entries(package);
        foreach (var s in strings)
        {
            foreach (var (name, raw, text) in entries)
            {
                if (raw.Contains(s, StringComparison.OrdinalIgnoreCase) || text.Contains(s, StringComparison.OrdinalIgnoreCase)
                    || Uri.UnescapeDataString(raw).Contains(s, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add($"\"{s}\" in {name}");
                }
            }
        }
        return found;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
