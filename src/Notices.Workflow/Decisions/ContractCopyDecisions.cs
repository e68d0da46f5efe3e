using System.Text.RegularExpressions;
using Notices.Domain.Contracts;
using Notices.Domain.Thresholds;
using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.State;

namespace Notices.Workflow.Decisions;

/// <summary>
/// The contract-copy sub-process: upload the signed contract, choose what to withhold and on which ground,
/// submit; the redacted copy is produced for an approver, approved under the same four-eyes rules as a notice,
/// and published.
/// </summary>
internal static partial class ContractCopyDecisions
{
    public const int MaxRedactions = 1_000;
    public const int MaxRedactionLength = 2_000;

    /// <summary>Redaction text kept in the stream is bounded so that the event fits in one table entity.</summary>
    public const int MaxRedactionsTotalLength = 200_000;

    private const string Copy = "contract copy";

    public static Decision RecordUpload(RecordContractUpload c, Registered s)
    {
        if (Permissions.RequireCommissioner(c.Context, "upload a contract for its published copy") is { } refused)
        {
            return refused;
        }

        if (Changeable(c.CopyKey, s, out var copy) is { } cannot)
        {
            return cannot;
        }

        var u = c.Upload;
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(u.BlobName))
        {
            problems.Add(new Problem("The stored file's name is missing.", "upload.blobName"));
        }

        if (!Sha256Pattern().IsMatch(u.Sha256 ?? ""))
        {
            problems.Add(new Problem("The file's SHA-256 must be 64 lower-case hexadecimal characters.", "upload.sha256"));
        }

        if (u.Size is <= 0 or > ContractUploadLimit.MaxBytes)
        {
            problems.Add(new Problem($"The file must be more than 0 bytes and no larger than {ContractUploadLimit.InWords}.", "upload.size"));
        }

        if (!Enum.IsDefined(u.Format))
        {
            problems.Add(new Problem("The file must be a Word document (DOCX), a PDF or plain text.", "upload.format"));
        }

        if (string.IsNullOrWhiteSpace(u.OriginalFileName) || u.OriginalFileName.Length > CommandLimits.FileName)
        {
            problems.Add(new Problem($"Give the file's name (up to {CommandLimits.FileName} characters).", "upload.originalFileName"));
        }

        return problems.Count > 0 ? Decision.Refuse(problems) : Decision.Accept(new ContractUploaded(c.Context, copy.Key, u));
    }

    public static Decision ChooseRedactions(ChooseContractCopyRedactions c, Registered s)
    {
        if (Permissions.RequireCommissioner(c.Context, "choose what to withhold from a contract copy") is { } refused)
        {
            return refused;
        }

        if (Changeable(c.CopyKey, s, out var copy) is { } cannot)
        {
            return cannot;
        }

        if (copy.Upload is not { } upload)
        {
            return Decision.Refuse("Upload the signed contract before choosing what to withhold from it.", "copyKey");
        }

        var problems = new List<Problem>();
        if (c.Redactions.Count > MaxRedactions)
        {
            problems.Add(new Problem($"Choose at most {MaxRedactions:N0} passages to withhold.", "redactions"));
        }

        if (c.Redactions.Sum(r => r.Text?.Length ?? 0) > MaxRedactionsTotalLength)
        {
            problems.Add(new Problem($"The passages to withhold add up to more than {MaxRedactionsTotalLength:N0} characters; withhold whole sections by their headings instead.", "redactions"));
        }

        for (var i = 0; i < c.Redactions.Count && problems.Count < 20; i++)
        {
            problems.AddRange(Check(c.Redactions[i], $"redactions[{i}]"));
        }

        return problems.Count > 0
            ? Decision.Refuse(problems)
            : Decision.Accept(new ContractCopyRedactionsChosen(c.Context, copy.Key, upload.Sha256, [.. c.Redactions.Select(Tidy)]));
    }

    public static Decision Submit(SubmitContractCopy c, Registered s)
    {
        if (Permissions.RequireCommissioner(c.Context, "submit a contract copy for approval") is { } refused)
        {
            return refused;
        }

        if (Changeable(c.CopyKey, s, out var copy) is { } cannot)
        {
            return cannot;
        }

        if (copy.Upload is null)
        {
            return Decision.Refuse("Upload the signed contract before submitting its copy.", "copyKey");
        }

        return copy.Redactions is null
            ? Decision.Refuse("Choose what to withhold from the copy, or confirm that nothing is withheld, before submitting it.", "redactions")
            : Decision.Accept(new ContractCopySubmitted(c.Context, copy.Key, copy.Submissions + 1));
    }

    public static Decision RecordRedacted(RecordContractCopyRedacted c, Registered s) =>
        Permissions.RequireWorkflow(c.Context, "record a redacted contract copy")
        ?? (Redacting(c.CopyKey, c.Submission, s)
            ? Decision.Accept(new ContractCopyRedacted(c.Context, c.CopyKey, c.Submission, c.Copy))
            : Decision.Accept());

    public static Decision RecordRedactionRefused(RecordContractCopyRedactionRefused c, Registered s) =>
        Permissions.RequireWorkflow(c.Context, "record that a contract copy could not be redacted")
        ?? (Redacting(c.CopyKey, c.Submission, s)
            ? Decision.Accept(new ContractCopyRedactionRefused(c.Context, c.CopyKey, c.Submission, c.Reason))
            : Decision.Accept());

    public static Decision DeclareConflict(DeclareContractCopyConflict c, Registered s)
    {
        if (Permissions.RequireApprover(c.Context, "declare a conflict of interest in a contract copy") is { } refused)
        {
            return refused;
        }

        return Awaiting(c.CopyKey, s, out var copy)
            ?? ApprovalRules.CheckConflictDetails(c.Details)
            ?? Decision.Accept(new ContractCopyConflictDeclared(c.Context, copy.Key, copy.Submissions, c.Details.Trim()));
    }

    public static Decision Approve(ApproveContractCopy c, Registered s)
    {
        if (CheckDecider(c.Context, c.CopyKey, c.NoConflictOfInterest, s, "approve", out var copy) is { } refused)
        {
            return refused;
        }

        var reasoning = string.IsNullOrWhiteSpace(c.PublicInterestReasoning) ? null : c.PublicInterestReasoning.Trim();
        if (reasoning is { Length: > CommandLimits.Text })
        {
            return Decision.Refuse($"The public-interest reasoning can be up to {CommandLimits.Text:N0} characters.", "publicInterestReasoning");
        }

        // s.94(1)(b) needs the authority to be satisfied that the public interest in withholding overrides.
        if (reasoning is null && copy.Redactions!.Any(r => r.Ground == WithholdingGround.CommerciallySensitive))
        {
            return Decision.Refuse(
                "Some information is withheld as commercially sensitive: record why the public interest in withholding it outweighs the public interest in publishing it (section 94(1)(b)).",
                "publicInterestReasoning");
        }

        return Decision.Accept(new ContractCopyApproved(c.Context, copy.Key, copy.Submissions, reasoning));
    }

    public static Decision Reject(RejectContractCopy c, Registered s) =>
        CheckDecider(c.Context, c.CopyKey, c.NoConflictOfInterest, s, "reject", out var copy)
        ?? ApprovalRules.CheckRejectionReason(c.Reason, Copy)
        ?? Decision.Accept(new ContractCopyRejected(c.Context, copy.Key, copy.Submissions, c.Reason.Trim()));

    public static Decision RecordPublished(RecordContractCopyPublished c, Registered s)
    {
        if (Permissions.RequireWorkflow(c.Context, "record that a contract copy was published") is { } refused)
        {
            return refused;
        }

        if (!s.ContractCopies.TryGetValue(c.CopyKey, out var copy))
        {
            return NoSuchCopy(c.CopyKey);
        }

        return copy.Stage switch
        {
            ContractCopyStage.Published => Decision.Accept(),
            ContractCopyStage.Approved => Decision.Accept(
                new ContractCopyPublished(c.Context, copy.Key, c.Publication),
                new ObligationMet(c.Context, copy.Key, copy.Key)),
            _ => Decision.Refuse("This contract copy has not been approved, so it cannot have been published.", "copyKey"),
        };
    }

    private static Decision? CheckDecider(DecisionContext context, string key, bool noConflict, Registered s, string verb, out ContractCopyState copy)
    {
        copy = null!;
        return Permissions.RequireApprover(context, $"{verb} a contract copy")
            ?? Awaiting(key, s, out copy)
            ?? ApprovalRules.CheckDecider(context, copy.SubmittedBy!, copy.Conflicted, noConflict, Copy, verb);
    }

    private static Decision? Awaiting(string key, Registered s, out ContractCopyState copy)
    {
        if (!s.ContractCopies.TryGetValue(key, out copy!))
        {
            return NoSuchCopy(key);
        }

        return copy.Stage switch
        {
            ContractCopyStage.AwaitingApproval => null,
            ContractCopyStage.Redacting => Decision.Refuse("The redacted copy is still being produced; it can be decided on once it is ready.", "copyKey"),
            ContractCopyStage.Approved => Decision.Refuse($"This contract copy has already been approved by {copy.ApprovedBy!.Name}.", "copyKey"),
            ContractCopyStage.Published => Decision.Refuse("This contract copy has already been published.", "copyKey"),
            _ => Decision.Refuse("This contract copy has not been submitted for approval.", "copyKey"),
        };
    }

    private static Decision? Changeable(string key, Registered s, out ContractCopyState copy)
    {
        if (!s.ContractCopies.TryGetValue(key ?? "", out copy!))
        {
            return NoSuchCopy(key);
        }

        return copy.Stage switch
        {
            ContractCopyStage.AwaitingUpload or ContractCopyStage.Draft => null,
            ContractCopyStage.Redacting or ContractCopyStage.AwaitingApproval =>
                Decision.Refuse("This contract copy is waiting for approval and cannot be changed; an approver can reject it so that it can be changed.", "copyKey"),
            ContractCopyStage.Approved => Decision.Refuse("This contract copy has been approved and is being published; it can no longer be changed.", "copyKey"),
            _ => Decision.Refuse("This contract copy has been published and can no longer be changed.", "copyKey"),
        };
    }

    private static bool Redacting(string key, int submission, Registered s) =>
        s.ContractCopies.TryGetValue(key, out var copy) && copy.Stage == ContractCopyStage.Redacting && copy.Submissions == submission;

    private static IEnumerable<Problem> Check(ChosenRedaction r, string path)
    {
        var text = r.Text?.Trim() ?? "";
        if (text.Length < 2)
        {
            yield return new Problem("Enter the words to withhold: at least two characters.", $"{path}.text");
        }
        else if (text.Length > MaxRedactionLength)
        {
            yield return new Problem($"A passage to withhold can be up to {MaxRedactionLength:N0} characters; withhold a long passage as several.", $"{path}.text");
        }

        if (!Enum.IsDefined(r.Ground))
        {
            yield return new Problem("Choose the ground for withholding: personal data, commercially sensitive, national security or protected connected person.", $"{path}.ground");
        }

        if (!Enum.IsDefined(r.Source))
        {
            yield return new Problem("Say whether the passage is an accepted suggestion or the commissioner's own.", $"{path}.source");
        }

        if (r.OnlyAt is { } at && (string.IsNullOrWhiteSpace(at.Part) || at.Page < 1 || at.Paragraph < 1))
        {
            yield return new Problem("The selected passage's place must name the part of the file, with page and paragraph numbers from 1.", $"{path}.onlyAt");
        }
    }

    private static ChosenRedaction Tidy(ChosenRedaction r) => r with { Text = r.Text.Trim() };

    private static Decision NoSuchCopy(string? key) => Decision.Refuse(
        $"There is no contract copy '{key}' in this procurement: a copy is due only for a contract, or a changed contract, worth more than {MoneyTriggers.KeyPerformanceIndicatorsAndContractCopyInWords}.",
        "copyKey");

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
