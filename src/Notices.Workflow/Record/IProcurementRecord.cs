using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;

namespace Notices.Workflow.Record;

/// <summary>
/// The record of decisions (s.83): one append-only event stream per procurement. Its only writer is the
/// procurement's orchestration, through the recording activity, so an append that finds its versions already
/// written is that activity run again after a crash, and is done.
/// </summary>
public interface IProcurementRecord
{
    /// <summary>The stream as it stands: version 0 and no events if the procurement is unknown.</summary>
    Task<ProcurementHistory> LoadAsync(ProcurementId id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="events"/> as the versions after <paramref name="expectedVersion"/>, atomically and
    /// guarded by the stream's head. If the stream already holds those versions, nothing is written. Throws
    /// <see cref="RecordConflictException"/> if the stream is at any other version.
    /// </summary>
    Task AppendAsync(ProcurementId id, long expectedVersion, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken);
}

/// <summary>A stream as read: its version (0 if it does not exist) and its events in order.</summary>
public sealed record ProcurementHistory(ProcurementId Id, long Version, IReadOnlyList<RecordedEvent> Events);

/// <summary>The stream was not at the version its single writer expected: the record and the orchestration disagree.</summary>
public sealed class RecordConflictException : Exception
{
    public RecordConflictException()
        : base("The procurement's record is not at the version its orchestration expected.")
    {
    }

    public RecordConflictException(string message)
        : base(message)
    {
    }

    public RecordConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
