using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Publishing;
using Notices.Workflow.Runtime;

namespace Notices.Workflow.Tests.Runtime;

/// <summary>A crash at a step boundary: the process stops there, and whatever ran before it stays done.</summary>
public sealed class SimulatedCrashException(string where) : Exception($"Simulated crash: {where}.");

/// <summary>An event store that can crash before settling an append (after its intents were dispatched).</summary>
public sealed class CrashingEventStore(IEventStore inner) : IEventStore
{
    public int SettlesToFail { get; set; }

    public Task<StreamHistory> LoadAsync(ProcurementId id, CancellationToken cancellationToken) => inner.LoadAsync(id, cancellationToken);

    public Task<string> AppendAsync(AppendRequest request, CancellationToken cancellationToken) => inner.AppendAsync(request, cancellationToken);

    public Task SettleAsync(ProcurementId id, long version, CancellationToken cancellationToken)
    {
        if (SettlesToFail > 0)
        {
            SettlesToFail--;
            throw new SimulatedCrashException("after dispatch, before marking dispatched");
        }

        return inner.SettleAsync(id, version, cancellationToken);
    }

    public Task<IReadOnlyList<UnsettledAppend>> FindUnsettledAsync(DateTimeOffset appendedBefore, int max, CancellationToken cancellationToken) =>
        inner.FindUnsettledAsync(appendedBefore, max, cancellationToken);

    public Task<bool> IsTimerCancelledAsync(ProcurementId id, string timerId, CancellationToken cancellationToken) =>
        inner.IsTimerCancelledAsync(id, timerId, cancellationToken);
}

/// <summary>A work queue that can crash before sending (after the append) or duplicate what it sends.</summary>
public sealed class CrashingWorkQueueClient(IWorkQueueClient inner) : IWorkQueueClient
{
    public int SendsToFail { get; set; }

    public bool DuplicateEverySend { get; set; }

    public Task SendAsync(string body, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (SendsToFail > 0)
        {
            SendsToFail--;
            throw new SimulatedCrashException("after the append, before dispatch");
        }

        return DuplicateEverySend
            ? Task.WhenAll(inner.SendAsync(body, delay, cancellationToken), inner.SendAsync(body, delay, cancellationToken))
            : inner.SendAsync(body, delay, cancellationToken);
    }

    public Task<IReadOnlyList<ReceivedWork>> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken) =>
        inner.ReceiveAsync(max, visibility, cancellationToken);

    public Task DeleteAsync(ReceivedWork received, CancellationToken cancellationToken) => inner.DeleteAsync(received, cancellationToken);

    public Task ReleaseAsync(ReceivedWork received, TimeSpan delay, CancellationToken cancellationToken) => inner.ReleaseAsync(received, delay, cancellationToken);

    public Task MoveToPoisonAsync(ReceivedWork received, CancellationToken cancellationToken) => inner.MoveToPoisonAsync(received, cancellationToken);
}

/// <summary>A notices container that can crash just after a release is written, or be unreachable.</summary>
public sealed class CrashingNoticeBlobStore(INoticeBlobStore inner) : INoticeBlobStore
{
    public int CrashesAfterCreate { get; set; }

    public bool Unreachable { get; set; }

    public int Created { get; private set; }

    public async Task<bool> CreateAsync(string name, string json, CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        var created = await inner.CreateAsync(name, json, cancellationToken);
        Created += created ? 1 : 0;
        if (CrashesAfterCreate > 0)
        {
            CrashesAfterCreate--;
            throw new SimulatedCrashException("after publishing, before recording the result");
        }

        return created;
    }

    public Task<string?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        ThrowIfUnreachable();
        return inner.ReadAsync(name, cancellationToken);
    }

    private void ThrowIfUnreachable()
    {
        if (Unreachable)
        {
            throw new IOException("The notices container cannot be reached.");
        }
    }
}

/// <summary>Projection rows that can fail to be written, as if the process had stopped before writing them.</summary>
public sealed class CrashingProjectionStore(IProjectionStore inner) : IProjectionStore
{
    public int AppliesToFail { get; set; }

    public Task ApplyAsync(IReadOnlyList<ProjectionChange> changes, CancellationToken cancellationToken)
    {
        if (AppliesToFail > 0)
        {
            AppliesToFail--;
            throw new SimulatedCrashException("after the append, before the projections were written");
        }

        return inner.ApplyAsync(changes, cancellationToken);
    }

    public Task<ProjectionPage> QueryAsync(ProjectionQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);
}
