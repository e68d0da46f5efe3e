using CsvHelper;

namespace Notices.Api.Exports;

/// <summary>
/// Writes a download as RFC 4180 CSV: a header record, then one record a row; CRLF line ends; a field
/// quoted when it holds a comma, a quote or a line break, with its quotes doubled.
/// </summary>
internal static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    // UTF-8 with a byte order mark, because Excel, which most councils open these with, reads a CSV
    // without one in the machine's code page and garbles Welsh names ("Môn"). A text field that starts
    // like a formula (=, +, -, @) gets an apostrophe in front, so a spreadsheet shows it and runs nothing.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            writer.WriteHeader([.. header]);
            foreach (var row in rows)
            {
                writer.WriteRecord(row);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The file as a download named <paramref name="fileName"/>.</summary>
    public static IResult Download(byte[] csv, string fileName) => Results.File(csv, ContentType, fileName);
}
