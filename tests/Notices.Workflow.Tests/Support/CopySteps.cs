using Notices.Domain.Contracts;
using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Tests.Support;

/// <summary>The contract-copy steps, run through the decider like the rest of a scenario.</summary>
public static class CopySteps
{
    public const string Key = ContractCopyKeys.Contract;

    public static readonly ContractUpload Upload = new(
        "p1/contract-copy/original-0f1e2d3c.docx", new string('a', 64), 1_234_567, ContractFileFormat.Docx, "Signed contract FINAL v3.docx");

    public static readonly ChosenRedaction Email = new("jo.bloggs@greenbins.co.uk", WithholdingGround.PersonalData, RedactionSource.Suggestion);

    public static readonly ChosenRedaction DayRate = new("£1,150 per day", WithholdingGround.CommerciallySensitive, RedactionSource.Own);

    public static readonly RedactedCopy Redacted = new(
        "p1/contract-copy/redacted-1.docx", new string('b', 64), 1_200_000, 2,
        [new WithheldGround(WithholdingGround.PersonalData, 1), new WithheldGround(WithholdingGround.CommerciallySensitive, 1)],
        "Information has been withheld from this copy of the contract.");

    public static Scenario Uploaded(this Scenario s, string key = Key) =>
        s.Run(new RecordContractUpload(Contexts.By(People.Commissioner, Moments.ContractDay), key, Upload));

    public static Scenario Chosen(this Scenario s, params ChosenRedaction[] redactions) =>
        s.Run(new ChooseContractCopyRedactions(Contexts.By(People.Commissioner, Moments.ContractDay), Key, redactions));

    public static Scenario CopySubmitted(this Scenario s) =>
        s.Run(new SubmitContractCopy(Contexts.By(People.Commissioner, Moments.ContractDay), Key));

    public static Scenario CopyRedacted(this Scenario s, int submission = 1) =>
        s.Run(new RecordContractCopyRedacted(Contexts.By(People.Workflow, Moments.ContractDay), Key, submission, Redacted));

    public static Scenario CopyApproved(this Scenario s) =>
        s.Run(new ApproveContractCopy(Contexts.By(People.Approver, Moments.ContractDay), Key, NoConflictOfInterest: true, "Pricing would let rivals undercut the next tender."));

    /// <summary>A contract over £5 million with its copy uploaded, redactions chosen, submitted and redacted for review.</summary>
    public static Scenario AwaitingCopyApproval() =>
        Scenario.Contracted().Uploaded().Chosen(Email, DayRate).CopySubmitted().CopyRedacted();

    public static PublishedContractCopy Publication(string? noticeKey = null) =>
        new("p1/contract-copy.docx", "http://localhost:7071/contract-copies/p1/contract-copy.docx", Moments.ContractDay, noticeKey);

    public static DecisionContext By(Actor actor) => Contexts.By(actor, Moments.ContractDay);
}
