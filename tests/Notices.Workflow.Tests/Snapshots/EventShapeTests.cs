using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Notices.Domain.Contracts;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Publishing;
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

    private static readonly ContractUpload Upload = new(
        "3f2c7d0e9b8a/contract-copy/original-6d0c1b.docx", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 2_345_678,
        ContractFileFormat.Docx, "Waste contract (signed).docx");

    private static readonly RedactedCopy Redacted = new(
        "3f2c7d0e9b8a/contract-copy/redacted-1.docx", "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", 2_301_004, 2,
        [new WithheldGround(WithholdingGround.PersonalData, 1), new WithheldGround(WithholdingGround.CommerciallySensitive, 1)],
        "Information has been withheld from this copy of the contract:\n- 1 passage under section 94(1)(b) of the Procurement Act 2023 (sensitive commercial information).");

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
            new ContractUploaded(Context, "contract-copy", Upload),
            new ContractCopyRedactionsChosen(Context, "contract-copy", Upload.Sha256,
            [
                new ChosenRedaction("jo.bloggs@greenbins.co.uk", WithholdingGround.PersonalData, RedactionSource.Suggestion),
                new ChosenRedaction("£1,150 per day", WithholdingGround.CommerciallySensitive, RedactionSource.Own, new RedactionPlace("/word/document.xml", null, 412)),
            ]),
            new ContractCopySubmitted(Context, "contract-copy", 1),
            new ContractCopyRedacted(Context, "contract-copy", 1, Redacted),
            new ContractCopyRedactionRefused(Context, "contract-copy", 1, "The PDF is encrypted, so its text cannot be removed. Upload the DOCX the contract was made from."),
            new ContractCopyConflictDeclared(Context, "contract-copy", 1, "My brother works for Green Bins Limited."),
            new ContractCopyApproved(Context, "contract-copy", 1, "Publishing the day rates would let rivals undercut the retender."),
            new ContractCopyRejected(Context, "contract-copy", 1, "The director's home address is still in schedule 4."),
            new ContractCopyPublished(Context, "contract-copy", new PublishedContractCopy(
                "3f2c7d0e9b8a/contract-copy.docx", "https://notices.example.gov.uk/contract-copies/3f2c7d0e9b8a/contract-copy.docx", Context.At,
                "uk7-1", "3f2c7d0e9b8a/uk7-1.contract-copy.json")),
            new WorkFailed(Context, new WorkItem("000009.notify-commissioners", WorkKind.NotifyCommissioners, Message: "The standstill period has ended."), "The notifications table did not answer."),
            new WorkRetried(Context, new WorkItem("000009.publish.uk4-1", WorkKind.PublishNotice, "uk4-1")),
            new ProcurementAdopted(Context, "ocds-h6vhtk-04e9fb", "GB-PPON-PABC-1234-WXYZ", "Westshire County Council", "Household waste collection", 680_146.8m,
                Procedure.Open, ContractNature.Services, SpecialRegime.None, [new Procurements.Lot(1, "Lot 1", 0m)],
                new AdoptedAward([new AwardedSupplier("Green Bins Limited", "GB-COH-08229264")], 680_146.8m, new DateOnly(2025, 6, 3), new DateOnly(2025, 6, 12)),
                new AdoptedContract(new DateOnly(2025, 6, 13), 680_146.8m, new DateOnly(2025, 7, 1), new DateOnly(2027, 6, 30))),
            new NoticeAdopted(Context, "uk6-1", NoticeType.UK6, """{"noticeType":"UK6","title":"Household waste collection"}""",
                new PublicationReceipt("029664-2025", "ocds-h6vhtk-04e9fb", new DateTimeOffset(2025, 6, 3, 22, 1, 2, TimeSpan.FromHours(1)),
                    "https://www.find-tender.service.gov.uk/api/1.0/ocdsReleasePackages/029664-2025")),
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
