using Microsoft.DurableTask;
using Notices.Workflow.Publishing;

namespace Notices.Workflow.Orchestration.Activities;

/// <summary>Publishes an approved notice in the register; the register is idempotent by procurement and notice.</summary>
public sealed class PublishNoticeRelease(INoticePublisher publisher) : TaskActivity<PublicationRequest, PublicationReceipt>
{
    public override Task<PublicationReceipt> RunAsync(TaskActivityContext context, PublicationRequest input) =>
        publisher.PublishAsync(input, CancellationToken.None);
}
