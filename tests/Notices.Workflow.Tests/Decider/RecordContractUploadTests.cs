using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Events;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class RecordContractUploadTests
{
    private static RecordContractUpload Upload(ContractUpload? upload = null, string key = CopySteps.Key) =>
        new(CopySteps.By(People.Commissioner), key, upload ?? CopySteps.Upload);

    [Fact]
    public void GivenAContractOverFiveMillion_WhenTheSignedContractIsUploaded_ThenTheUploadIsRecordedWithItsUploader()
    {
        var command = Upload();
        Given(Scenario.Contracted()).When(command).Then(new ContractUploaded(command.Context, "contract-copy", CopySteps.Upload));
    }

    [Fact]
    public void GivenAContractOverFiveMillion_ThenTheCopyIsDueAndAwaitsItsUpload()
    {
        var copy = Scenario.Contracted().Registered.ContractCopies["contract-copy"];
        Assert.Equal(ContractCopyStage.AwaitingUpload, copy.Stage);
        Assert.Equal(new DateOnly(2025, 9, 10), Scenario.Contracted().Registered.Obligations["contract-copy"].DueOn);
    }

    [Fact]
    public void GivenAContractOfFiveMillionOrLess_WhenAnUploadIsRecorded_ThenRefusedAsNoCopyIsDue() =>
        Given(Scenario.Contracted(value: 5_000_000m)).When(Upload()).ThenRefused(
            "There is no contract copy 'contract-copy' in this procurement: a copy is due only for a contract, or a changed contract, worth more than £5 million.",
            "copyKey");

    [Fact]
    public void GivenAnUpload_WhenAnotherIsUploaded_ThenItReplacesTheFirstAndClearsTheRedactions()
    {
        var second = CopySteps.Upload with { BlobName = "p1/contract-copy/original-99.docx", Sha256 = new string('c', 64) };
        var state = Given(Scenario.Contracted().Uploaded().Chosen(CopySteps.Email)).When(Upload(second)).StateAfter();
        var copy = ((Registered)state).ContractCopies["contract-copy"];
        Assert.Equal(second, copy.Upload);
        Assert.Null(copy.Redactions);
    }

    [Fact]
    public void GivenACopyAwaitingApproval_WhenAnUploadIsRecorded_ThenRefused() =>
        Given(CopySteps.AwaitingCopyApproval()).When(Upload()).ThenRefused(
            "This contract copy is waiting for approval and cannot be changed; an approver can reject it so that it can be changed.", "copyKey");

    [Fact]
    public void GivenAContract_WhenTheUploadIsOver100Megabytes_ThenRefusedNamingTheSize() =>
        Given(Scenario.Contracted()).When(Upload(CopySteps.Upload with { Size = 100L * 1024 * 1024 + 1 }))
            .ThenRefused("The file must be more than 0 bytes and no larger than 100 MB.", "upload.size");

    [Fact]
    public void GivenAContract_WhenTheHashIsNotSha256_ThenRefused() =>
        Given(Scenario.Contracted()).When(Upload(CopySteps.Upload with { Sha256 = "abc" }))
            .ThenRefused("The file's SHA-256 must be 64 lower-case hexadecimal characters.", "upload.sha256");

    [Fact]
    public void GivenAContract_WhenTheFileNameIsMissing_ThenRefused() =>
        Given(Scenario.Contracted()).When(Upload(CopySteps.Upload with { OriginalFileName = " " }))
            .ThenRefused("Give the file's name (up to 255 characters).", "upload.originalFileName");

    [Fact]
    public void GivenAContract_WhenAnApproverUploads_ThenRefused() =>
        Given(Scenario.Contracted()).When(Upload() with { Context = CopySteps.By(People.Approver) })
            .ThenRefused("Only a commissioner can upload a contract for its published copy.");

    [Fact]
    public void GivenAChangeTakingTheContractOverFiveMillion_ThenAModifiedContractCopyIsDueNinetyDaysFromTheChange()
    {
        var events = Given(Scenario.Contracted(value: 4_000_000m))
            .When(new RecordContractChange(CopySteps.By(People.Commissioner), "Add garden waste rounds.", 5_400_000m, new DateOnly(2025, 8, 1)))
            .ThenAccepted();
        // A change of this size also needs a contract change notice (s.75); only the copy is in question here.
        var due = Assert.Single(events.OfType<ObligationSet>(), o => o.Kind != ObligationKind.ChangeNotice);
        Assert.Equal(("change-1-copy", ObligationKind.ModifiedContractCopy, new DateOnly(2025, 10, 29)), (due.ObligationId, due.Kind, due.DueOn));
    }

    [Fact]
    public void GivenAChangeLeavingTheContractAtFiveMillionOrLess_ThenNoCopyIsDue() =>
        Assert.DoesNotContain(Given(Scenario.Contracted(value: 4_000_000m))
            .When(new RecordContractChange(CopySteps.By(People.Commissioner), "Fewer rounds.", 4_500_000m, new DateOnly(2025, 8, 1)))
            .ThenAccepted().OfType<ObligationSet>(), o => o.Kind == ObligationKind.ModifiedContractCopy);

    [Fact]
    public void GivenAChangedContractOverFiveMillion_WhenTheChangedContractIsUploaded_ThenItIsRecordedAgainstTheChange()
    {
        var changed = Scenario.Contracted().Run(
            new RecordContractChange(CopySteps.By(People.Commissioner), "Add garden waste rounds.", 8_200_000m, new DateOnly(2025, 8, 1)));
        var uploaded = Assert.IsType<ContractUploaded>(Assert.Single(Given(changed).When(Upload(key: "change-1-copy")).ThenAccepted()));
        Assert.Equal("change-1-copy", uploaded.CopyKey);
    }
}
