using System.Net;
using System.Text;
using CsvHelper;
using Xunit;

namespace NoticeFunctions.Tests.Exports;

/// <summary>
/// The CSV downloads over HTTP: RFC 4180 quoting of commas, quotes and line breaks, Welsh names kept
/// whole in UTF-8, and a standard CSV reader getting back exactly what the registers hold.
/// </summary>
public sealed class CsvExportTests(CsvExportFixture fixture) : IClassFixture<CsvExportFixture>
{
    private const string Reader = "grace.hopper";

    // The title as RFC 4180 writes it: in quotes, its quotes doubled, its line break kept inside the quotes.
    private const string QuotedTitle = "\"Prydau ar glud \"\"Cartref\"\", Ynys Môn\nail gaffael\"";

    [Fact]
    public async Task ContractsRegister_QuotesFieldsThatNeedItAndKeepsWelshNames()
    {
        var (response, bytes) = await DownloadAsync($"/api/contracts.csv?buyerId={Uri.EscapeDataString(fixture.BuyerId)}");

        Assert.Equal("contracts-register.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var text = Utf8(bytes);
        Assert.StartsWith("Procurement ID,OCID,Contract,Suppliers,Supplier identifiers,\"Value (GBP, including VAT)\",Entered into,Starts,Ends,Ended,Changes\r\n", text, StringComparison.Ordinal);
        Assert.Contains($",{QuotedTitle},\"Ysbyty Gwynedd, Bangor; Cyngor Sir Ynys Môn\",GB-NHS-7A1A1; GB-GOR-PC000231,7800000.00,", text, StringComparison.Ordinal);

        var row = Read(bytes).Single(r => r["Procurement ID"] == fixture.ProcurementId);
        Assert.Equal(CsvExportFixture.Title, row["Contract"]);
        Assert.Equal("Ysbyty Gwynedd, Bangor; Cyngor Sir Ynys Môn", row["Suppliers"]);
        Assert.Equal("7800000.00", row["Value (GBP, including VAT)"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", row["Entered into"]);
    }

    [Fact]
    public async Task Obligations_ForTheBuyer_ListTheContractsObligationsWithItsTitleQuoted()
    {
        var (_, bytes) = await DownloadAsync($"/api/obligations.csv?buyerId={Uri.EscapeDataString(fixture.BuyerId)}&to={DateTime.UtcNow.AddYears(1):yyyy-MM-dd}");

        Assert.Contains($",{fixture.ProcurementId},{QuotedTitle}\r\n", Utf8(bytes), StringComparison.Ordinal);
        var rows = Read(bytes).Where(r => r["Procurement ID"] == fixture.ProcurementId).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(CsvExportFixture.Title, r["Procurement"]));
    }

    [Fact]
    public async Task PublishedNotices_ListTheProcurementsNoticesWithTheirWelshTitle()
    {
        var (_, bytes) = await DownloadAsync("/api/published-notices.csv");

        var rows = Read(bytes).Where(r => r["Procurement ID"] == fixture.ProcurementId).ToList();
        Assert.Equal(["UK4-1", "UK6-1"], rows.Select(r => r["Notice"]).Order());
        Assert.All(rows, r => Assert.Equal(CsvExportFixture.Title, r["Title"]));
        Assert.All(rows, r => Assert.StartsWith("ocds-", r["OCID"], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/obligations.csv?from=2026-06-01&to=2026-05-31", "to")]
    [InlineData("/api/obligations.csv?from=2026-01-01&to=2029-12-31", "to")]
    public async Task BadRequest_GetsAProblemNamingTheField(string path, string field)
    {
        var client = await fixture.Shared.ClientAsync(Reader);

        using var response = await client.GetAsync(path);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Contains($"\"{field}\":[", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/contracts", "/api/contracts.csv?buyerId=")]
    [InlineData("/obligations", "/api/obligations.csv?buyerId=")]
    [InlineData("/published", "/api/published-notices.csv")]
    public async Task RegisterPage_LinksToItsDownload(string page, string download)
    {
        var client = await fixture.Shared.ClientAsync(Reader);

        var html = await client.GetPageAsync(page);

        Assert.Contains($"href=\"{download}", html.Replace("&amp;", "&", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private async Task<(HttpResponseMessage Response, byte[] Bytes)> DownloadAsync(string path)
    {
        var client = await fixture.Shared.ClientAsync(Reader);
        var response = await client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        // The byte order mark, so that a spreadsheet reads the file as UTF-8.
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return (response, bytes);
    }

    private static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

    /// <summary>Every record as header name to value, read by CsvHelper's RFC 4180 reader.</summary>
    private static List<Dictionary<string, string>> Read(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, null);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var headers = reader.Headers;
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(i => headers[i], reader.GetString, StringComparer.Ordinal));
        }

        return rows;
    }
}
