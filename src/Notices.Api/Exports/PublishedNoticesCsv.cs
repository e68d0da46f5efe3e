using Notices.Api.Published;

namespace Notices.Api.Exports;

/// <summary>The register of published notices as CSV, one notice a record.</summary>
internal static class PublishedNoticesCsv
{
    public const string FileName = "published-notices.csv";

    private static readonly string[] Header = ["Notice ID", "Notice", "OCID", "Procurement ID", "Title", "Published"];

    public static byte[] Write(IEnumerable<PublishedNotice> notices) => CsvFile.Write(Header, notices.Select(n => new[]
    {
        n.NoticeId, n.NoticeKey.ToUpperInvariant(), n.Ocid, n.ProcurementId, n.Title, CsvValues.Instant(n.Published),
    }));
}
