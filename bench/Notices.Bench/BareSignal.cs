namespace Notices.Bench;

/// <summary>
/// One command to the bare orchestration, carrying the shape of the work the real orchestration does for the
/// command it stands for: activity batches run one after another (the first is the recording), when to answer,
/// whether a deadline timer is pending while it waits for the next, and whether a stage ends with it.
/// </summary>
/// <param name="StepId">What the answer names, as a command's id does.</param>
/// <param name="Batches">Activities in each batch; a batch's activities run side by side.</param>
/// <param name="AnswerAtEnd">Answer after every batch (as for the time told) rather than after the recording.</param>
/// <param name="TimerWhileWaiting">A deadline's timer is raced against the next signal.</param>
/// <param name="EndsStage">The generation continues as new once nothing waits.</param>
/// <param name="PublishedIn">The batch that records a publication, or -1.</param>
/// <param name="NoticeKey">The notice whose publication that batch records.</param>
internal sealed record BareSignal(
    string StepId, int[] Batches, bool AnswerAtEnd, bool TimerWhileWaiting, bool EndsStage, int PublishedIn = -1, string? NoticeKey = null);

/// <summary>What a bare generation hands to the next: whether a timer is pending, and the answers the senders read.</summary>
internal sealed record BareCarry(bool TimerPending, IReadOnlyList<string> Answered);

/// <summary>The bare orchestration's status: the steps answered, latest last.</summary>
internal sealed record BareStatus(IReadOnlyList<string> Answered);

/// <summary>The recording activity's input: which step, and the notice whose publication it records, if any.</summary>
internal sealed record BareRecordInput(string Procurement, string StepId, string? PublishedNotice);
