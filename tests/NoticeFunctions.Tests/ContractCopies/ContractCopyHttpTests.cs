using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NoticeFunctions.Tests.Support;
using Notices.Testing;
using Notices.Testing.Contracts;
using Notices.Workflow.State;
using Xunit;

namespace NoticeFunctions.Tests.ContractCopies;

/// <summary>
/// Contract copies through the app's real HTTP surface, on its own Azurite: uploads streamed through the form and
/// the API, files refused for not being what they claim, the originals never served, and a copy taken through
/// redaction, review and approval to its publication.
/// </summary>
public sealed class ContractCopyHttpTests(AzuriteFixture azurite) : IAsyncLifetime, IClassFixture<AzuriteFixture>
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(azurite: azurite.Process);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Upload_ThroughTheForm_StreamsToTheOriginalsAndNoRouteOrAnonymousRequestEverReadsItBack()
    {
        var id = await ContractJourney.ContractedAsync(_app);
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        var file = ContractDocx.Build(pages: 45);

        using (var posted = await ContractJourney.UploadThroughFormAsync(commissioner, id, file, "Signed contract.docx", ContractJourney.DocxType))
        {
            ContractJourney.AssertStatus(HttpStatusCode.Redirect, posted, await posted.Content.ReadAsStringAsync());
            Assert.Equal($"/procurements/{id}/contract-copies/contract-copy/redactions", posted.Headers.Location!.OriginalString);
        }

        var upload = (await ContractJourney.WaitForAsync(_app, id, s => s.ContractCopies["contract-copy"].Upload is not null)).ContractCopies["contract-copy"].Upload!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file)), upload.Sha256);
        Assert.Equal(file.LongLength, upload.Size);
        Assert.Equal("Signed contract.docx", upload.OriginalFileName);
        Assert.DoesNotContain("Signed", upload.BlobName, StringComparison.Ordinal);

        // Every GET route the app has, with each parameter filled by every part of the stored name, as everyone.
        using var approver = await _app.SignInAsync("grace.hopper");
        using var anonymous = _app.Client();
        var name = upload.BlobName;
        string[] values = [id, "contract-copy", name, name[(name.IndexOf('/') + 1)..], name[(name.LastIndexOf('/') + 1)..], "contracts-original", $"contracts-original/{name}"];
        var tried = 0;
        foreach (var path in GetRoutes().SelectMany(route => Fill(route, values)).Distinct())
        {
            foreach (var client in new[] { commissioner, approver, anonymous })
            {
                using var response = await client.GetAsync(path);
                var body = await response.Content.ReadAsByteArrayAsync();
                Assert.False(Convert.ToHexStringLower(SHA256.HashData(body)) == upload.Sha256, $"GET {path} served the original.");
                tried++;
            }
        }

        Assert.True(tried > 50, $"Only {tried} requests were tried.");

        // The container itself is private: the storage service refuses an anonymous read of the blob and a listing.
        var container = $"{_app.Storage.Blobs.Uri.ToString().TrimEnd('/')}/{_app.Names.ContractsOriginalContainer}";
        using var direct = new HttpClient();
        using (var blob = await direct.GetAsync(new Uri($"{container}/{name}")))
        {
            Assert.False(blob.IsSuccessStatusCode, $"Anonymous read of the blob answered {(int)blob.StatusCode}.");
        }

        using (var listing = await direct.GetAsync(new Uri($"{container}?restype=container&comp=list")))
        {
            Assert.False(listing.IsSuccessStatusCode, $"Anonymous listing answered {(int)listing.StatusCode}.");
        }
    }

    [Fact]
    public async Task Upload_ContentNotMatchingItsClaimedType_IsRefusedWithAClearMessageThroughTheFormAndTheApiAndNothingIsKept()
    {
        var id = await ContractJourney.ContractedAsync(_app);
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        var pdf = ContractPdf.Build(pages: 2);
        const string Message = "The file was uploaded as a Word document (DOCX) but its content is a PDF.";

        using (var posted = await ContractJourney.UploadThroughFormAsync(commissioner, id, pdf, "contract.docx", ContractJourney.DocxType))
        {
            var page = await posted.Content.ReadAsStringAsync();
            ContractJourney.AssertStatus(HttpStatusCode.OK, posted, page);
            Assert.Contains("There is a problem", page, StringComparison.Ordinal);
            Assert.Contains(Message, page, StringComparison.Ordinal);
            Assert.Contains("href=\"#file\"", page, StringComparison.Ordinal);
        }

        using (var put = await ContractJourney.UploadThroughApiAsync(commissioner, id, pdf, "contract.docx", ContractJourney.DocxType))
        {
            var body = await put.Content.ReadAsStringAsync();
            ContractJourney.AssertStatus(HttpStatusCode.UnprocessableEntity, put, body);
            using var problem = JsonDocument.Parse(body);
            Assert.StartsWith(Message, problem.RootElement.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        }

        using (var unsupported = await ContractJourney.UploadThroughApiAsync(commissioner, id, pdf, "contract.xlsx", "application/vnd.ms-excel"))
        {
            var body = await unsupported.Content.ReadAsStringAsync();
            ContractJourney.AssertStatus(HttpStatusCode.UnsupportedMediaType, unsupported, body);
            Assert.Contains("Upload the contract as a Word document (.docx)", body, StringComparison.Ordinal);
        }

        var state = (await _app.Services.GetRequiredService<Notices.Workflow.Orchestration.ProcurementWorkflow>().Queries.ProcurementAsync(new(id)))!.State;
        Assert.Null(state.ContractCopies["contract-copy"].Upload);
        var originals = _app.Storage.Blobs.GetBlobContainerClient(_app.Names.ContractsOriginalContainer);
        await foreach (var blob in originals.GetBlobsAsync(new GetBlobsOptions { Prefix = id }))
        {
            Assert.Fail($"A refused file was kept: {blob.Name}");
        }
    }

    [Fact]
    public async Task Upload_LargerThan100Megabytes_IsRefusedWithAClearMessage()
    {
        var id = await ContractJourney.ContractedAsync(_app);
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        var tooLarge = new byte[(100 * 1024 * 1024) + 1];
        Array.Fill(tooLarge, (byte)'a');

        using var posted = await ContractJourney.UploadThroughFormAsync(commissioner, id, tooLarge, "contract.txt", "text/plain");
        var page = await posted.Content.ReadAsStringAsync();
        ContractJourney.AssertStatus(HttpStatusCode.OK, posted, page);
        Assert.Contains("The file is larger than 100 MB, the most the service accepts.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContractCopy_ThroughTheFormsAndTheApi_IsRedactedReviewedSideBySideApprovedAndPublished()
    {
        var id = await ContractJourney.ContractedAsync(_app);
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        using var approver = await _app.SignInAsync("grace.hopper");
        using (var put = await ContractJourney.UploadThroughApiAsync(commissioner, id, ContractDocx.Build(pages: 45), "Signed contract.docx", ContractJourney.DocxType))
        {
            ContractJourney.AssertStatus(HttpStatusCode.OK, put, await put.Content.ReadAsStringAsync());
        }

        var suggestions = JsonDocument.Parse(await commissioner.GetPageAsync($"/api/procurements/{id}/contract-copies/contract-copy/suggestions")).RootElement;
        Assert.Contains(suggestions.EnumerateArray(), s => s.GetProperty("text").GetString() == PlantedData.SupplierEmail);

        // The redactions page: tick every suggestion, add the day rate as commercially sensitive, submit.
        var form = await commissioner.GetPageAsync($"/procurements/{id}/contract-copies/contract-copy/redactions");
        var fields = new List<KeyValuePair<string, string>>();
        for (var i = 0; form.Contains($"name=\"suggestion-{i}\"", StringComparison.Ordinal); i++)
        {
            fields.Add(new($"suggestion-{i}", "true"));
        }

        fields.Add(new("phrases[0].text", PlantedData.DayRate));
        fields.Add(new("phrases[0].ground", "CommerciallySensitive"));
        fields.Add(new("action", "submit"));
        using (var chosen = await commissioner.SubmitFormAsync($"/procurements/{id}/contract-copies/contract-copy/redactions", fields))
        {
            ContractJourney.AssertStatus(HttpStatusCode.Redirect, chosen, await chosen.Content.ReadAsStringAsync());
        }

        await ContractJourney.WaitForAsync(_app, id, s => s.ContractCopies["contract-copy"].Stage == ContractCopyStage.AwaitingApproval);
        Assert.Contains(id, await approver.GetPageAsync("/api/contract-copy-approvals"), StringComparison.Ordinal);

        // The approver sees both sides, with the withheld passages and their markers.
        var review = await approver.GetPageAsync($"/procurements/{id}/contract-copies/contract-copy/review");
        Assert.Contains($"<span class=\"govuk-visually-hidden\">Withheld as personal data: </span>{PlantedData.SupplierEmail}</mark>", review, StringComparison.Ordinal);
        Assert.Contains("<span class=\"govuk-visually-hidden\">Withheld as commercially sensitive: </span>", review, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"redaction-marker\">[REDACTED: commercially sensitive]</strong>", review, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(await approver.GetPageAsync($"/api/procurements/{id}/contract-copies/contract-copy/review")))
        {
            var segments = json.RootElement.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("redacted").EnumerateArray()).ToList();
            Assert.DoesNotContain(segments, s => s.GetProperty("text").GetString()!.Contains(PlantedData.SupplierEmail, StringComparison.OrdinalIgnoreCase));
        }

        // Approving without the reasoning s.94(1)(b) needs is refused on the page, naming the field; with it, approved.
        var decision = new List<KeyValuePair<string, string>> { new("decision", "approve"), new("noConflictOfInterest", "true") };
        using (var refused = await approver.SubmitFormAsync($"/procurements/{id}/contract-copies/contract-copy/review", decision))
        {
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Contains("href=\"#publicInterestReasoning\"", page, StringComparison.Ordinal);
        }

        decision.Add(new("publicInterestReasoning", "Publishing the day rate would let rivals undercut the retender."));
        using (var approved = await approver.SubmitFormAsync($"/procurements/{id}/contract-copies/contract-copy/review", decision))
        {
            ContractJourney.AssertStatus(HttpStatusCode.Redirect, approved, await approved.Content.ReadAsStringAsync());
        }

        var published = (await ContractJourney.WaitForAsync(_app, id, s => s.ContractCopies["contract-copy"].Publication is not null)).ContractCopies["contract-copy"].Publication!;
        Assert.Equal($"http://localhost:7071/api/contract-copies/{id}/contract-copy.docx", published.Url);

        // The published copy is served to anyone, and none of the withheld text is in it.
        using var anonymous = _app.Client();
        using var copy = await anonymous.GetAsync(new Uri(published.Url).AbsolutePath);
        ContractJourney.AssertStatus(HttpStatusCode.OK, copy, "");
        var bytes = await copy.Content.ReadAsByteArrayAsync();
        var text = string.Join("\n", Notices.Redaction.ContractRedactor.ReadText(Notices.Redaction.ContractFile.FromBytes(bytes, Notices.Redaction.ContractFileType.Docx)).Select(b => b.Text));
        Assert.DoesNotContain(PlantedData.SupplierEmail, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(PlantedData.DayRate, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[REDACTED: commercially sensitive]", text, StringComparison.Ordinal);
    }

    private IEnumerable<string> GetRoutes() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'));

    /// <summary>The route with each parameter replaced by each value (catch-alls take the value's slashes).</summary>
    private static IEnumerable<string> Fill(string route, string[] values)
    {
        if (!route.Contains('{', StringComparison.Ordinal))
        {
            yield return route;
            yield break;
        }

        foreach (var value in values)
        {
            var builder = new StringBuilder();
            var rest = route;
            while (rest.IndexOf('{', StringComparison.Ordinal) is var open and >= 0)
            {
                var close = rest.IndexOf('}', open);
                var catchAll = rest[(open + 1)..].StartsWith('*');
                builder.Append(rest[..open]).Append(catchAll ? value : Uri.EscapeDataString(value));
                rest = rest[(close + 1)..];
            }

            yield return builder.Append(rest).ToString();
        }
    }
}
