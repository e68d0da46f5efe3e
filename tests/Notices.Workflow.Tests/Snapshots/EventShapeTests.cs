using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Publishing;
using Notices.Workflow.Reactions;
using Notices.Workflow.Serialization;
using Xunit;

namespace Notices.Workflow.Tests.Snapshots;

/// <summary>
/// The stored shape of every event, compared with approved JSON files kept beside this test: a renamed
/// property or a changed type name fails here instead of silently changing the legal record. To approve a
/// deliberate change, replace the .approved.json file with the .received.json the failure leaves.
/// </summary>
public sealed class EventShapeTests
{
    private static readonly DecisionContext Context = new(
        "3f2c7d0e9b8a4c6d", new Actor("cora", "Cora Commissioner", [Role.Commissioner]),
        new DateTimeOffset(2025, 6, 3, 10, 0, 0, TimeSpan.FromHours(1)), "Because the Act requires it.");

    private static readonly PublicationReceipt Receipt = new("000042-2025", "ocds-h6vhtk-0a1b2c", Context.At, "3f2c7d0e9b8a/uk6-1.json");

    public static TheoryData<string> EventNames() => [.. Samples().Keys];

    private static Dictionary<string, ProcurementEvent> Samples()
    {
        ProcurementEvent[] samples =
        [
            new ProcurementRegistered(Context, "GB-PPON-PABC-1234-WXYZ", "Westshire County Council", "Household waste collection", 7_800_000m,
                Procedure.Open, ContractNature.Services, SpecialRegime.None, [new Procurements.Lot(1, "Household waste collection", 4_800_000m)]),
            new NoticeDrafted(Context, "uk4-1", NoticeType.UK4, """{"noticeType":"UK4","title":"Household waste collection"}"""),
            new NoticeAmended(Context, "uk4-1", """{"noticeType":"UK4","title":"Waste collection"}"""),
            new NoticeSubmitted(Context, "uk4-1", 1),
            new ConflictOfInterestDeclared(Context, "uk4-1", 1, "My spouse is a director of a bidder."),
            new NoticeApproved(Context, "uk4-1", 1),
            new NoticeRejected(Context, "uk4-1", 1, "The lots do not match the tender documents."),
            new ApprovalReminderSent(Context, "uk4-1", 1),
            new ApprovalEscalated(Context, "uk4-1", 1),
            new NoticePublished(Context, "uk6-1", NoticeType.UK6, Receipt),
            new AwardDecisionRecorded(Context, [new AwardedSupplier("Green Bins Limited", "GB-COH-08229264")], 7_800_000m, new DateOnly(2025, 6, 2)),
            new StandstillStarted(Context, new DateOnly(2025, 6, 3), new DateOnly(2025, 6, 12), new DateTimeOffset(2025, 6, 12, 23, 59, 59, TimeSpan.FromHours(1))),
            new StandstillEnded(Context),
            new ContractEntered(Context, new DateOnly(2025, 6, 13), 7_800_000m, new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30)),
            new ContractChanged(Context, 1, "Add garden waste rounds.", 8_200_000m, new DateOnly(2025, 8, 1)),
            new ContractEnded(Context, new DateOnly(2030, 6, 30), ContractEnding.Expired),
            new ProcurementTerminated(Context, "uk12-1"),
            new ObligationSet(Context, "contract-details", ObligationKind.ContractDetailsNotice, new DateOnly(2025, 7, 12)),
            new ObligationReminderSent(Context, "contract-details"),
            new ObligationOverdue(Context, "contract-details"),
            new ObligationMet(Context, "contract-details", "uk7-1"),
            new ObligationWithdrawn(Context, "kpi-1", "The contract has ended."),
            new WorkFailed(Context, new StartTimer("timer.standstill", Context.At, new StandstillEnd()), "The queue did not answer."),
            new WorkRetried(Context, new PublishNotice("000009.publish.uk4-1", "uk4-1")),
        ];
        return samples.ToDictionary(Name);
    }

    [Fact]
    public void Samples_CoverEveryStoredEventType()
    {
        var declared = typeof(ProcurementEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => (string)a.TypeDiscriminator!);
        Assert.Equal(declared.Order(StringComparer.Ordinal), Samples().Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EventNames))]
    public void StoredShape_OfEachEvent_MatchesTheApprovedFile(string name)
    {
        var stored = WorkflowJson.Serialize(Samples()[name]);
        var pretty = JsonNode.Parse(stored)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        var folder = Path.Combine(RepositoryRoot(), "tests", "Notices.Workflow.Tests", "Snapshots", "Events");
        var approvedPath = Path.Combine(folder, $"{name}.approved.json");
        var receivedPath = Path.Combine(folder, $"{name}.received.json");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (approved != pretty)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(receivedPath, pretty);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.True(approved == pretty, $"The stored shape of '{name}' differs from {approvedPath}; see {receivedPath}.");
    }

    [Theory]
    [MemberData(nameof(EventNames))]
    public void StoredShape_OfEachEvent_ReadsBackAsTheSameEvent(string name)
    {
        var sample = Samples()[name];
        var read = WorkflowJson.DeserializeEvent(WorkflowJson.Serialize(sample));
        Assert.Equal(WorkflowJson.Serialize(sample), WorkflowJson.Serialize(read));
        Assert.Equal(sample.GetType(), read.GetType());
    }

    private static string Name(ProcurementEvent e) =>
        (string)typeof(ProcurementEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().Single(a => a.DerivedType == e.GetType()).TypeDiscriminator!;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NoticeFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with NoticeFunctions.sln) was not found.");
    }
}
