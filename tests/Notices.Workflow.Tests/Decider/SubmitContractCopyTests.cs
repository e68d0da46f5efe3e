using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class SubmitContractCopyTests
{
    private static SubmitContractCopy Submit() => new(CopySteps.By(People.Commissioner), CopySteps.Key);

    [Fact]
    public void GivenChosenRedactions_WhenSubmitted_ThenItIsTheFirstSubmissionAndIsBeingRedacted()
    {
        var command = Submit();
        var spec = Given(Scenario.Contracted().Uploaded().Chosen(CopySteps.Email)).When(command);
        spec.Then(new ContractCopySubmitted(command.Context, "contract-copy", 1));
        Assert.Equal(ContractCopyStage.Redacting, ((Registered)spec.StateAfter()).ContractCopies["contract-copy"].Stage);
    }

    [Fact]
    public void GivenAnUploadWithNoChoice_WhenSubmitted_ThenRefused() =>
        Given(Scenario.Contracted().Uploaded()).When(Submit())
            .ThenRefused("Choose what to withhold from the copy, or confirm that nothing is withheld, before submitting it.", "redactions");

    [Fact]
    public void GivenNoUpload_WhenSubmitted_ThenRefused() =>
        Given(Scenario.Contracted()).When(Submit()).ThenRefused("Upload the signed contract before submitting its copy.", "copyKey");

    [Fact]
    public void GivenASubmission_WhenTheRedactedCopyIsRecorded_ThenItAwaitsApproval()
    {
        var command = new RecordContractCopyRedacted(CopySteps.By(People.Workflow), CopySteps.Key, 1, CopySteps.Redacted);
        var spec = Given(Scenario.Contracted().Uploaded().Chosen(CopySteps.Email).CopySubmitted()).When(command);
        spec.Then(new ContractCopyRedacted(command.Context, "contract-copy", 1, CopySteps.Redacted));
        Assert.Equal(ContractCopyStage.AwaitingApproval, ((Registered)spec.StateAfter()).ContractCopies["contract-copy"].Stage);
    }

    [Fact]
    public void GivenARedactedCopy_WhenTheSameResultArrivesAgain_ThenNothingHappens() =>
        Given(CopySteps.AwaitingCopyApproval())
            .When(new RecordContractCopyRedacted(CopySteps.By(People.Workflow), CopySteps.Key, 1, CopySteps.Redacted))
            .ThenNothingHappens();

    [Fact]
    public void GivenASubmission_WhenTheFileCannotBeRedacted_ThenItGoesBackToTheCommissionerWithWhy()
    {
        var command = new RecordContractCopyRedactionRefused(CopySteps.By(People.Workflow), CopySteps.Key, 1, "The PDF is encrypted.");
        var spec = Given(Scenario.Contracted().Uploaded().Chosen(CopySteps.Email).CopySubmitted()).When(command);
        spec.Then(new ContractCopyRedactionRefused(command.Context, "contract-copy", 1, "The PDF is encrypted."));
        var copy = ((Registered)spec.StateAfter()).ContractCopies["contract-copy"];
        Assert.Equal((ContractCopyStage.Draft, "The PDF is encrypted."), (copy.Stage, copy.SentBack));
    }

    [Fact]
    public void GivenASubmission_WhenSomeoneOtherThanTheWorkflowRecordsTheRedaction_ThenRefused() =>
        Given(Scenario.Contracted().Uploaded().Chosen(CopySteps.Email).CopySubmitted())
            .When(new RecordContractCopyRedacted(CopySteps.By(People.Commissioner), CopySteps.Key, 1, CopySteps.Redacted))
            .ThenRefused("Only the workflow itself can record a redacted contract copy.");

    [Fact]
    public void GivenACopyAwaitingApproval_WhenSubmittedAgain_ThenRefused() =>
        Given(CopySteps.AwaitingCopyApproval()).When(Submit()).ThenRefused(
            "This contract copy is waiting for approval and cannot be changed; an approver can reject it so that it can be changed.", "copyKey");
}
