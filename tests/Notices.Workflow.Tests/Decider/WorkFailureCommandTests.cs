using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

/// <summary>RecordWorkFailed: a work item that failed every attempt.</summary>
public sealed class RecordWorkFailedTests
{
    private static readonly WorkItem Publish = new("000009.publish.uk4-1", WorkKind.PublishNotice, "uk4-1");

    [Fact]
    public void GivenAProcurement_WhenAWorkItemFailsForGood_ThenTheFailureIsShown()
    {
        var command = new RecordWorkFailed(Contexts.By(People.Workflow), Publish, "The register did not answer.");
        var spec = Given(Scenario.Registered_()).When(command);
        spec.Then(new WorkFailed(command.Context, Publish, "The register did not answer."));
        Assert.True(((Registered)spec.StateAfter()).Failures.ContainsKey(Publish.Id));
    }

    [Fact]
    public void GivenTheFailureIsRecorded_WhenItIsRecordedAgain_ThenNothingMoreIsRecorded() =>
        Given(Scenario.Registered_().Run(new RecordWorkFailed(Contexts.By(People.Workflow), Publish, "x")))
            .When(new RecordWorkFailed(Contexts.By(People.Workflow), Publish, "x")).ThenNothingHappens();

    [Fact]
    public void GivenAVeryLongError_WhenRecorded_ThenItIsShortened()
    {
        var events = Given(Scenario.Registered_())
            .When(new RecordWorkFailed(Contexts.By(People.Workflow), Publish, new string('e', 5000))).ThenAccepted();
        Assert.Equal(2000, Assert.IsType<WorkFailed>(Assert.Single(events)).Error.Length);
    }

    [Fact]
    public void GivenAProcurement_WhenAPersonRecordsAFailure_ThenRefused() =>
        Given(Scenario.Registered_()).When(new RecordWorkFailed(Contexts.By(People.Administrator), Publish, "x"))
            .ThenRefused("Only the workflow itself can record a failed work item.");
}

/// <summary>RetryWork: someone asks for a failed work item to run again.</summary>
public sealed class RetryWorkTests
{
    private static readonly WorkItem Publish = new("000009.publish.uk4-1", WorkKind.PublishNotice, "uk4-1");

    private static Scenario Failed() => Scenario.Registered_().Run(new RecordWorkFailed(Contexts.By(People.Workflow), Publish, "x"));

    [Fact]
    public void GivenAFailedWorkItem_WhenAnAdministratorRetriesIt_ThenTheRetryIsRecordedAndTheFailureCleared()
    {
        var command = new RetryWork(Contexts.By(People.Administrator), Publish.Id);
        var spec = Given(Failed()).When(command);
        spec.Then(new WorkRetried(command.Context, Publish));
        Assert.Empty(((Registered)spec.StateAfter()).Failures);
    }

    [Fact]
    public void GivenAFailedWorkItem_WhenACommissionerRetriesIt_ThenTheRetryIsRecorded() =>
        Assert.IsType<WorkRetried>(Assert.Single(Given(Failed()).When(new RetryWork(Contexts.By(People.Commissioner), Publish.Id)).ThenAccepted()));

    [Fact]
    public void GivenNoFailure_WhenRetried_ThenRefused() =>
        Given(Scenario.Registered_()).When(new RetryWork(Contexts.By(People.Administrator), "nothing"))
            .ThenRefused("There is no failed work item 'nothing' on this procurement to retry.", "intentId");

    [Fact]
    public void GivenAFailedWorkItem_WhenAnApproverRetriesIt_ThenRefused() =>
        Given(Failed()).When(new RetryWork(Contexts.By(People.Approver), Publish.Id))
            .ThenRefused("Only a commissioner or an administrator can retry failed work.");
}
