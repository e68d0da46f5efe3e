using System.Collections.Concurrent;
using System.Diagnostics;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Testing.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;
using Notices.Workflow.Record;
using Notices.Workflow.Runtime;
using Lot = Notices.Workflow.Procurements.Lot;

namespace Notices.Bench;

/// <summary>
/// One procurement through its lifecycle on the workflow, as people would drive it: registered, UK4, award, UK6,
/// the standstill run out, contract entered, UK7, UK10, the change, the contract ended, UK11. Each notice is drafted,
/// submitted and approved, and the sender of the approval waits until the publication is recorded.
/// </summary>
internal sealed class NoticeLifecycle(ProcurementCommands commands, IProcurementRecord record, PublicationTimes publications)
{
    /// <summary>The notices each procurement publishes.</summary>
    public const int NoticesEach = 5;

    // Past the standstill (eight working days, longer over Christmas) whenever the benchmark is run.
    private static readonly TimeSpan AfterStandstill = TimeSpan.FromDays(21);
    private static readonly Actor Commissioner = new("bench-commissioner", "Bench Commissioner", [Role.Commissioner]);
    private static readonly Actor Approver = new("bench-approver", "Bench Approver", [Role.Approver]);
    private const int Attempts = 4;
    private long resent;

    /// <summary>Commands sent again because no answer came while the sender waited.</summary>
    public long Resent => Interlocked.Read(ref resent);

    public async Task RunAsync(string procurement, ConcurrentBag<double> publishMilliseconds)
    {
        var id = new ProcurementId(procurement);
        var start = DateTimeOffset.UtcNow;
        await Must(id, new RegisterProcurement(By(Commissioner, start), "GB-PPON-PABC-1234-WXYZ", "Westshire County Council",
            $"Household waste collection {procurement}", 7_800_000m, Procedure.Open, ContractNature.Services, SpecialRegime.None,
            [new Lot(1, "Household waste collection", 7_800_000m)]));
        await PublishAsync(id, NoticeType.UK4, start, publishMilliseconds);
        await Must(id, new RecordAwardDecision(By(Commissioner, start), [new AwardedSupplier("Green Bins Limited", "GB-COH-08229264")],
            7_800_000m, DateOnly.FromDateTime(start.UtcDateTime)));
        await PublishAsync(id, NoticeType.UK6, start, publishMilliseconds);

        // The standstill's end is a deadline: telling the procurement the time runs it (recorded, commissioners told).
        var later = start + AfterStandstill;
        await commands.TellTimeAsync(id, later);
        var entered = DateOnly.FromDateTime(later.UtcDateTime);
        await Must(id, new RecordContractEntered(By(Commissioner, later), entered, 7_800_000m, entered, entered.AddYears(5)));
        await PublishAsync(id, NoticeType.UK7, later, publishMilliseconds);
        await PublishAsync(id, NoticeType.UK10, later, publishMilliseconds);
        await Must(id, new RecordContractChange(By(Commissioner, later), "Add garden waste rounds.", 8_200_000m, entered));
        await Must(id, new RecordContractEnded(By(Commissioner, later), entered, ContractEnding.TerminatedByAuthority));
        await PublishAsync(id, NoticeType.UK11, later, publishMilliseconds);
    }

    private async Task PublishAsync(ProcurementId id, NoticeType type, DateTimeOffset at, ConcurrentBag<double> publishMilliseconds)
    {
        var drafted = await Must(id, new DraftNotice(By(Commissioner, at), type, NoticeJson.Serialize(SampleNotices.All.Single(n => n.Type == type))));
        var key = drafted.OfType<NoticeDrafted>().Single().NoticeKey;
        await Must(id, new SubmitNotice(By(Commissioner, at), key));
        var approvalSent = Stopwatch.GetTimestamp();
        await Must(id, new ApproveNotice(By(Approver, at), key, NoConflictOfInterest: true));
        try
        {
            publishMilliseconds.Add(await publications.MillisecondsSinceAsync(id.Value, key, approvalSent));
        }
        catch (TimeoutException)
        {
            // Say what the procurement did instead: a failed publication is recorded with its error.
            var events = (await record.LoadAsync(id, CancellationToken.None)).Events.TakeLast(3).Select(e => e.Event);
            throw new TimeoutException($"{type} of {id} was not published within a minute; the record ends with {string.Join(", ", events)}");
        }
    }

    /// <summary>
    /// Sends the command until it is answered (as a person would press the button again when told it was received
    /// but not yet answered) and returns what it recorded; any answer but accepted stops the run.
    /// </summary>
    private async Task<IReadOnlyList<ProcurementEvent>> Must(ProcurementId id, ProcurementCommand command)
    {
        var result = await commands.HandleAsync(id, command);
        for (var attempt = 2; result.Outcome == CommandOutcome.Received && attempt <= Attempts; attempt++)
        {
            Interlocked.Increment(ref resent);
            result = await commands.HandleAsync(id, command);
        }

        return result.Outcome switch
        {
            CommandOutcome.Accepted => result.Events,

            // Sent again and answered the first time after all: what the first one recorded is in the record.
            CommandOutcome.AlreadyDone => (await record.LoadAsync(id, CancellationToken.None)).Events
                .Where(e => e.Event.Context.CommandId == command.Context.CommandId).Select(e => e.Event).ToList(),
            _ => throw new InvalidOperationException(
                $"{command.GetType().Name} on {id}: {result.Outcome} {string.Join(" ", result.Problems.Select(p => p.Message))}"),
        };
    }

    private static DecisionContext By(Actor actor, DateTimeOffset at) => new(Guid.NewGuid().ToString("N"), actor, at);
}
