using Notices.Workflow.Commands;
using Notices.Workflow.Reactions;
using Notices.Workflow.Tests.Support;
using Xunit;

namespace Notices.Workflow.Tests.Reactions;

public sealed class ContractCopyReactorTests
{
    private static IReadOnlyList<Intent> ReactToLast(Scenario scenario) => Reactor.React(scenario.Events[^1], 12, scenario.State, new ReactionOptions());

    [Fact]
    public void React_CopySubmitted_RedactsThatSubmission() =>
        Assert.Equal(
            [new RedactContractCopy("000012.redact.contract-copy", "contract-copy", 1)],
            ReactToLast(Scenario.Contracted().Uploaded().Chosen(CopySteps.Email).CopySubmitted()));

    [Fact]
    public void React_CopyRedacted_NotifiesTheApprovers() =>
        Assert.Equal(
            [new NotifyApprovers("000012.notify-approvers", "contract-copy", 1, IsReminder: false)],
            ReactToLast(CopySteps.AwaitingCopyApproval()));

    [Fact]
    public void React_CopyApproved_PublishesIt() =>
        Assert.Equal([new PublishContractCopy("000012.publish.contract-copy", "contract-copy")], ReactToLast(CopySteps.AwaitingCopyApproval().CopyApproved()));

    [Fact]
    public void React_CopyRejected_TellsTheCommissionersWhy() =>
        Assert.Equal(
            [new NotifyCommissioners("000012.notify-commissioners", "The contract copy for 'Household waste collection' was rejected: Missed an address.")],
            ReactToLast(CopySteps.AwaitingCopyApproval().Run(new RejectContractCopy(CopySteps.By(People.Approver), CopySteps.Key, "Missed an address.", true))));

    [Fact]
    public void React_CopyPublished_CancelsTheObligationTimers()
    {
        var published = CopySteps.AwaitingCopyApproval().CopyApproved()
            .Run(new RecordContractCopyPublished(CopySteps.By(People.Workflow), CopySteps.Key, CopySteps.Publication()));
        Assert.Equal(
            [
                new CancelTimer("000012.cancel.timer.obligation-reminder.contract-copy", "timer.obligation-reminder.contract-copy"),
                new CancelTimer("000012.cancel.timer.obligation-due.contract-copy", "timer.obligation-due.contract-copy"),
            ],
            ReactToLast(published));
    }
}
