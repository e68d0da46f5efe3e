using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

/// <summary>A redacted copy is approved under the notices' four-eyes rules, with s.94(1)(b)'s public-interest reasoning.</summary>
public sealed class ApproveContractCopyTests
{
    private const string Reasoning = "Publishing the day rates would let rivals undercut the retender in 2027.";

    private static ApproveContractCopy Approve(bool noConflict = true, string? reasoning = Reasoning) =>
        new(CopySteps.By(People.Approver), CopySteps.Key, noConflict, reasoning);

    [Fact]
    public void GivenARedactedCopy_WhenAnotherPersonApprovesWithNoConflict_ThenApprovedWithTheReasoning()
    {
        var command = Approve();
        Given(CopySteps.AwaitingCopyApproval()).When(command).Then(new ContractCopyApproved(command.Context, "contract-copy", 1, Reasoning));
    }

    [Fact]
    public void GivenACommerciallySensitiveRedaction_WhenApprovedWithoutReasoning_ThenRefused() =>
        Given(CopySteps.AwaitingCopyApproval()).When(Approve(reasoning: " ")).ThenRefused(
            "Some information is withheld as commercially sensitive: record why the public interest in withholding it outweighs the public interest in publishing it (section 94(1)(b)).",
            "publicInterestReasoning");

    [Fact]
    public void GivenOnlyPersonalDataWithheld_WhenApprovedWithoutReasoning_ThenApproved() =>
        Assert.IsType<ContractCopyApproved>(Assert.Single(
            Given(Scenario.Contracted().Uploaded().Chosen(CopySteps.Email).CopySubmitted().CopyRedacted())
                .When(Approve(reasoning: null)).ThenAccepted()));

    [Fact]
    public void GivenARedactedCopy_WhenTheSubmitterApproves_ThenRefused() =>
        Given(Scenario.Contracted().Run(new RecordContractUpload(CopySteps.By(People.CommissionerWhoApproves), CopySteps.Key, CopySteps.Upload))
                .Run(new ChooseContractCopyRedactions(CopySteps.By(People.CommissionerWhoApproves), CopySteps.Key, [CopySteps.Email]))
                .Run(new SubmitContractCopy(CopySteps.By(People.CommissionerWhoApproves), CopySteps.Key))
                .CopyRedacted())
            .When(Approve() with { Context = CopySteps.By(People.CommissionerWhoApproves) })
            .ThenRefused("You submitted this contract copy, so someone else must approve it.");

    [Fact]
    public void GivenARedactedCopy_WhenApprovedWithoutConfirmingNoConflict_ThenRefused() =>
        Given(CopySteps.AwaitingCopyApproval()).When(Approve(noConflict: false)).ThenRefused(
            "Confirm that you have no conflict of interest in this contract copy, or declare the conflict so that someone else decides.",
            "noConflictOfInterest");

    [Fact]
    public void GivenAConflictDeclared_WhenTheSameApproverApproves_ThenRefusedAndAnotherMay()
    {
        var declared = CopySteps.AwaitingCopyApproval()
            .Run(new DeclareContractCopyConflict(CopySteps.By(People.Approver), CopySteps.Key, "My brother works for Green Bins Limited."));
        Given(declared).When(Approve()).ThenRefused("You declared a conflict of interest in this contract copy, so someone else must decide on it.");
        Assert.IsType<ContractCopyApproved>(Assert.Single(Given(declared).When(Approve() with { Context = CopySteps.By(People.SecondApprover) }).ThenAccepted()));
    }

    [Fact]
    public void GivenARedactedCopy_WhenAConflictIsDeclared_ThenItIsRecordedAgainstTheSubmission()
    {
        var command = new DeclareContractCopyConflict(CopySteps.By(People.Approver), CopySteps.Key, "My brother works for Green Bins Limited.");
        Given(CopySteps.AwaitingCopyApproval()).When(command)
            .Then(new ContractCopyConflictDeclared(command.Context, "contract-copy", 1, "My brother works for Green Bins Limited."));
    }

    [Fact]
    public void GivenACopyStillBeingRedacted_WhenApproved_ThenRefused() =>
        Given(Scenario.Contracted().Uploaded().Chosen(CopySteps.Email).CopySubmitted()).When(Approve())
            .ThenRefused("The redacted copy is still being produced; it can be decided on once it is ready.", "copyKey");

    [Fact]
    public void GivenARedactedCopy_WhenACommissionerApproves_ThenRefused() =>
        Given(CopySteps.AwaitingCopyApproval()).When(Approve() with { Context = CopySteps.By(People.Commissioner) })
            .ThenRefused("Only an approver can approve a contract copy.");

    [Fact]
    public void GivenARedactedCopy_WhenRejectedWithAReason_ThenItIsBackWithTheCommissionerWithItsRedactions()
    {
        var command = new RejectContractCopy(CopySteps.By(People.Approver), CopySteps.Key, "The director's home address is still in schedule 4.", true);
        var spec = Given(CopySteps.AwaitingCopyApproval()).When(command);
        spec.Then(new ContractCopyRejected(command.Context, "contract-copy", 1, "The director's home address is still in schedule 4."));
        var copy = ((State.Registered)spec.StateAfter()).ContractCopies["contract-copy"];
        Assert.Equal(State.ContractCopyStage.Draft, copy.Stage);
        Assert.Equal(2, copy.Redactions!.Count);
    }

    [Fact]
    public void GivenARedactedCopy_WhenRejectedWithoutAReason_ThenRefused() =>
        Given(CopySteps.AwaitingCopyApproval()).When(new RejectContractCopy(CopySteps.By(People.Approver), CopySteps.Key, "", true))
            .ThenRefused("Give the reason for rejecting the contract copy, so the commissioner can put it right (up to 2,000 characters).", "reason");

    [Fact]
    public void GivenARejectedCopy_WhenSubmittedAgain_ThenItIsTheSecondSubmission() =>
        Assert.Equal(2, Assert.IsType<ContractCopySubmitted>(Assert.Single(
            Given(CopySteps.AwaitingCopyApproval().Run(new RejectContractCopy(CopySteps.By(People.Approver), CopySteps.Key, "Missed an address.", true)))
                .When(new SubmitContractCopy(CopySteps.By(People.Commissioner), CopySteps.Key)).ThenAccepted())).Submission);

    [Fact]
    public void GivenAnApprovedCopy_WhenItsPublicationIsRecorded_ThenPublishedAndTheObligationIsMet()
    {
        var command = new RecordContractCopyPublished(CopySteps.By(People.Workflow), CopySteps.Key, CopySteps.Publication());
        Given(CopySteps.AwaitingCopyApproval().CopyApproved()).When(command).Then(
            new ContractCopyPublished(command.Context, "contract-copy", CopySteps.Publication()),
            new ObligationMet(command.Context, "contract-copy", "contract-copy"));
    }

    [Fact]
    public void GivenAPublishedCopy_WhenItsPublicationIsRecordedAgain_ThenNothingHappens() =>
        Given(CopySteps.AwaitingCopyApproval().CopyApproved()
                .Run(new RecordContractCopyPublished(CopySteps.By(People.Workflow), CopySteps.Key, CopySteps.Publication())))
            .When(new RecordContractCopyPublished(CopySteps.By(People.Workflow), CopySteps.Key, CopySteps.Publication()))
            .ThenNothingHappens();

    [Fact]
    public void GivenACopyNotApproved_WhenItsPublicationIsRecorded_ThenRefused() =>
        Given(CopySteps.AwaitingCopyApproval())
            .When(new RecordContractCopyPublished(CopySteps.By(People.Workflow), CopySteps.Key, CopySteps.Publication()))
            .ThenRefused("This contract copy has not been approved, so it cannot have been published.", "copyKey");

    [Fact]
    public void GivenAPublishedCopyAwaitingItsNotice_WhenTheContractDetailsNoticeIsPublished_ThenTheNoticeReferencesIt()
    {
        var published = CopySteps.AwaitingCopyApproval().CopyApproved()
            .Run(new RecordContractCopyPublished(CopySteps.By(People.Workflow), CopySteps.Key, CopySteps.Publication()))
            .PublishNotice(Domain.Notices.NoticeType.UK7, Moments.ContractDay);
        Assert.Equal("uk7-1", published.Registered.ContractCopies["contract-copy"].Publication!.NoticeKey);
    }
}
