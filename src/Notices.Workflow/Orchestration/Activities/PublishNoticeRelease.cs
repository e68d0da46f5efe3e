using Microsoft.DurableTask;
using Notices.Workflow.Publishing;
using Notices.Workflow.Telemetry;

namespace Notices.Workflow.Orchestration.Activities;

/// <summary>Publishes an approved notice in the register; the register is idempotent by procurement and notice.</summary>
public sealed class PublishNoticeRelease(INoticePublisher publisher) : TaskActivity<PublicationRequest, PublicationReceipt>
{
    public override async Task<PublicationReceipt> RunAsync(TaskActivityContext context, PublicationRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var span = WorkflowTelemetry.StartWork(nameof(PublishNoticeRelease), input.TraceParent, input.ProcurementId.Value);
        var receipt = await publisher.PublishAsync(input, CancellationToken.None).ConfigureAwait(false);
        WorkflowTelemetry.NoticesPublished.Add(1, new KeyValuePair<string, object?>("notices.type", input.Type.ToString()));
        return receipt;
    }
}
