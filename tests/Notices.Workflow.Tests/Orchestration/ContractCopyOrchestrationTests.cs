using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Notices.Domain.Contracts;
using Notices.Domain.Notices;
using Notices.Redaction;
using Notices.Storage.Contracts;
using Notices.Testing.Contracts;
using Notices.Testing.InMemory;
using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Events;
using Notices.Workflow.Tests.Support;
using Xunit;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>
/// The contract-copy sub-process through the orchestrations: a generated contract uploaded, redacted by the
/// redaction activity, approved and published by the publication activity, with in-memory containers.
/// </summary>
public sealed class ContractCopyOrchestrationTests
{
    private static readonly Uri PublicBase = new("https://notices.example.gov.uk/contract-copies/");

    private sealed record Rig(EngineHarness Harness, ContractOriginalStore Originals, IContractBlobContainer Published) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Harness.DisposeAsync();
    }

    private static async Task<Rig> RigAsync()
    {
        var originals = new InMemoryContractBlobContainer();
        var published = new InMemoryContractBlobContainer();
        var h = await EngineHarness.StartAsync(contractCopies: new ContractCopyFiles(originals, published, PublicBase));
        return new Rig(h, new ContractOriginalStore(originals), published);
    }

    /// <summary>Uploads a generated contract, accepts every suggestion, adds the day rate as commercially sensitive, and submits.</summary>
    private static async Task<(ContractUpload Upload, IReadOnlyList<ChosenRedaction> Chosen)> UploadChooseAndSubmitAsync(Rig rig)
    {
        var h = rig.Harness;
        var upload = await rig.Originals.SaveAsync(h.Id, CopySteps.Key, new MemoryStream(ContractDocx.Build(pages: 45)), ContractFileType.Docx, "C:\\Users\\cora\\Desktop\\Signed contract.docx");
        await h.Must(new RecordContractUpload(h.As(People.Commissioner), CopySteps.Key, upload));
        var file = await rig.Originals.OpenAsync(upload.BlobName, upload.Format);
        List<ChosenRedaction> chosen =
        [
            .. ContractRedactor.Suggest(file).Select(s => s.Text).Distinct().Select(t => new ChosenRedaction(t, WithholdingGround.PersonalData, RedactionSource.Suggestion)),
            new ChosenRedaction(PlantedData.DayRate, WithholdingGround.CommerciallySensitive, RedactionSource.Own),
        ];
        await h.Must(new ChooseContractCopyRedactions(h.As(People.Commissioner), CopySteps.Key, chosen));
        await h.Must(new SubmitContractCopy(h.As(People.Commissioner), CopySteps.Key));
        await h.Settle();
        return (upload, chosen);
    }

    [Fact]
    public async Task ContractCopy_UploadedRedactedApprovedAndPublished_MeetsTheObligationAndRevisesTheContractDetailsNotice()
    {
        await using var rig = await RigAsync();
        var h = rig.Harness;
        await h.ContractedAsync();
        var uk7 = await h.Publish(NoticeType.UK7);
        var (upload, chosen) = await UploadChooseAndSubmitAsync(rig);

        // The uploader's file name is data only; the app chose where the file lives.
        Assert.Equal("Signed contract.docx", upload.OriginalFileName);
        Assert.StartsWith($"{h.Id.Value}/contract-copy/original-", upload.BlobName, StringComparison.Ordinal);
        var uploaded = Assert.Single(await h.EventsOf<ContractUploaded>());
        Assert.Equal(("cora", upload), (uploaded.Context.Actor.UserId, uploaded.Upload));

        var redacted = Assert.Single(await h.EventsOf<ContractCopyRedacted>()).Copy;
        Assert.True(redacted.Passages >= chosen.Count, $"{redacted.Passages} passages for {chosen.Count} redactions");
        Assert.Contains("section 94(1)(b)", redacted.Statement, StringComparison.Ordinal);
        var pending = Assert.Single((await h.Workflow.Queries.PendingContractCopyApprovalsAsync(500)).Items, p => p.ProcurementId == h.Id.Value);
        Assert.Equal(("contract-copy", 1, "cora", redacted.Passages), (pending.CopyKey, pending.Submission, pending.SubmittedById, pending.Passages));

        await h.Must(new ApproveContractCopy(h.As(People.Approver), CopySteps.Key, true, "Day rates would let rivals undercut the retender."));
        await h.Settle();

        var published = Assert.Single(await h.EventsOf<ContractCopyPublished>()).Publication;
        Assert.Equal($"{h.Id.Value}/contract-copy.docx", published.Location);
        Assert.Equal(new Uri(PublicBase, published.Location).ToString(), published.Url);
        Assert.Equal(uk7, published.NoticeKey);
        Assert.Contains(await h.EventsOf<ObligationMet>(), m => m.ObligationId == "contract-copy");
        Assert.DoesNotContain((await h.Workflow.Queries.PendingContractCopyApprovalsAsync(500)).Items, p => p.ProcurementId == h.Id.Value);

        // The published file has none of the withheld text in any part.
        var text = await AllPartsAsync(rig.Published, published.Location);
        Assert.All(chosen, c => Assert.DoesNotContain(c.Text, text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("[REDACTED: commercially sensitive]", text, StringComparison.Ordinal);

        // The contract details notice, revised under its own notice id, lists the copy with the statement.
        var release = JsonNode.Parse((await h.Ports.Notices.ReadAsync(published.NoticeRevision!, CancellationToken.None))!)!;
        var original = Assert.Single(await h.EventsOf<NoticePublished>(), p => p.NoticeKey == uk7).Publication;
        Assert.Equal(original.NoticeId, (string?)release["id"]);
        var document = Assert.Single(release["tender"]!["documents"]!.AsArray(), d => (string?)d!["documentType"] == "contractSigned")!;
        Assert.Equal(published.Url, (string?)document["url"]);
        Assert.Equal(redacted.Statement, (string?)document["description"]);
    }

    [Fact]
    public async Task ContractCopy_PublishedBeforeTheContractDetailsNotice_IsListedAmongThatNoticesDocuments()
    {
        await using var rig = await RigAsync();
        var h = rig.Harness;
        await h.ContractedAsync();
        await UploadChooseAndSubmitAsync(rig);
        await h.Must(new ApproveContractCopy(h.As(People.Approver), CopySteps.Key, true, "Day rates would let rivals undercut the retender."));
        await h.Settle();
        var copy = Assert.Single(await h.EventsOf<ContractCopyPublished>()).Publication;
        Assert.Null(copy.NoticeKey);

        var uk7 = await h.Publish(NoticeType.UK7);
        var publication = Assert.Single(await h.EventsOf<NoticePublished>(), p => p.NoticeKey == uk7).Publication;
        var release = JsonNode.Parse((await h.Ports.Notices.ReadAsync(publication.Location, CancellationToken.None))!)!;
        Assert.Contains(release["tender"]!["documents"]!.AsArray(), d => (string?)d!["url"] == copy.Url);
        var view = await h.Workflow.Queries.ProcurementAsync(h.Id);
        Assert.Equal(uk7, view!.State.ContractCopies["contract-copy"].Publication!.NoticeKey);
    }

    [Fact]
    public async Task ContractCopy_Rejected_GoesBackToTheCommissionerAndTheSecondSubmissionIsRedactedAfresh()
    {
        await using var rig = await RigAsync();
        var h = rig.Harness;
        await h.ContractedAsync();
        var (_, chosen) = await UploadChooseAndSubmitAsync(rig);
        await h.Must(new RejectContractCopy(h.As(People.Approver), CopySteps.Key, "Also withhold the witness's name.", true));
        await h.Must(new ChooseContractCopyRedactions(h.As(People.Commissioner), CopySteps.Key,
            [.. chosen, new ChosenRedaction(PlantedData.Witness, WithholdingGround.PersonalData, RedactionSource.Own)]));
        await h.Must(new SubmitContractCopy(h.As(People.Commissioner), CopySteps.Key));
        await h.Settle();

        var copies = await h.EventsOf<ContractCopyRedacted>();
        Assert.Equal([1, 2], copies.Select(c => c.Submission));
        Assert.NotEqual(copies[0].Copy.BlobName, copies[1].Copy.BlobName);
        Assert.Equal("Also withhold the witness's name.", Assert.Single(await h.EventsOf<ContractCopyRejected>()).Reason);
    }

    /// <summary>
    /// The DOCX's text as the redaction service reads it (runs joined, headers, comments and properties included),
    /// followed by every package part as it is stored, so nothing hides anywhere.
    /// </summary>
    private static async Task<string> AllPartsAsync(IContractBlobContainer container, string name)
    {
        await using var stream = await container.OpenReadAsync(name, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream!.CopyToAsync(copy);
        var text = new StringBuilder();
        foreach (var block in ContractRedactor.ReadText(ContractFile.FromBytes(copy.ToArray(), ContractFileType.Docx)))
        {
            text.AppendLine(block.Text);
        }

        using var zip = new ZipArchive(new MemoryStream(copy.ToArray()), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }
}
