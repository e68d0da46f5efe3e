using Notices.Workflow.Procurements;
using Notices.Workflow.Reactions;

namespace Notices.Workflow.Runtime;

/// <summary>
/// One event stream per procurement. An append writes the events, the intents they cause (as an
/// unsettled marker) and any timer cancellations atomically, and only if the stream is still at the
/// version the decision was made on.
/// </summary>
public interface IEventStore
{
    Task<StreamHistory> LoadAsync(ProcurementId id, CancellationToken cancellationToken);

    /// <summary>Appends atomically; throws <see cref="StreamConflictException"/> if the stream has moved on.</summary>
    /// <returns>The stream's new concurrency token.</returns>
    Task<string> AppendAsync(AppendRequest request, CancellationToken cancellationToken);

    /// <summary>Marks the append ending at <paramref name="version"/> as settled: its intents dispatched, its projections written.</summary>
    Task SettleAsync(ProcurementId id, long version, CancellationToken cancellationToken);

    /// <summary>Appends left unsettled (by a crash) since before <paramref name="appendedBefore"/>.</summary>
    Task<IReadOnlyList<UnsettledAppend>> FindUnsettledAsync(DateTimeOffset appendedBefore, int max, CancellationToken cancellationToken);

    /// <summary>Whether the timer was cancelled after it was started.</summary>
    Task<bool> IsTimerCancelledAsync(ProcurementId id, string timerId, CancellationToken cancellationToken);
}

/// <summary>A stream as read: its version (0 if it does not exist), its concurrency token, and its events.</summary>
public sealed record StreamHistory(ProcurementId Id, long Version, string? ETag, IReadOnlyList<RecordedEvent> Events);

/// <summary>
/// What one decision writes. <see cref="ExpectedETag"/> is null for a new stream. <see cref="Intents"/> are
/// kept until settled; <see cref="CancelTimer"/> intents among them also mark their timers cancelled.
/// <see cref="Completes"/>, when set, is an earlier unsettled append whose last outstanding work this append
/// records (an activity's result): its marker is removed in the same atomic write, and this append's marker
/// covers its versions too, so a crash before the projections are written leaves them to the sweep.
/// </summary>
public sealed record AppendRequest(
    ProcurementId Id,
    long ExpectedVersion,
    string? ExpectedETag,
    IReadOnlyList<RecordedEvent> Events,
    IReadOnlyList<Intent> Intents,
    DateTimeOffset At,
    UnsettledRange? Completes = null)
{
    public long NewVersion => ExpectedVersion + Events.Count;

    /// <summary>The first version this append's marker covers.</summary>
    public long FirstUnsettledVersion => Completes?.FirstVersion ?? ExpectedVersion + 1;
}

/// <summary>An unsettled append, by the versions its marker covers; the marker is keyed by <see cref="LastVersion"/>.</summary>
public sealed record UnsettledRange(long FirstVersion, long LastVersion);

/// <summary>The append's <see cref="AppendRequest.Completes"/> marker was already gone (the sweep settled it first).</summary>
public sealed class CompletedMarkerMissingException : Exception
{
    public CompletedMarkerMissingException()
        : base("The append to be completed was already settled.")
    {
    }

    public CompletedMarkerMissingException(string message)
        : base(message)
    {
    }

    public CompletedMarkerMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>An append whose intents may not have been dispatched: the sweep finishes it.</summary>
public sealed record UnsettledAppend(ProcurementId Id, long FirstVersion, long LastVersion, IReadOnlyList<Intent> Intents, DateTimeOffset AppendedAt);

/// <summary>The stream moved on between loading and appending: someone else decided first.</summary>
public sealed class StreamConflictException : Exception
{
    public StreamConflictException()
        : base("The procurement was changed by someone else at the same time.")
    {
    }

    public StreamConflictException(string message)
        : base(message)
    {
    }

    public StreamConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
