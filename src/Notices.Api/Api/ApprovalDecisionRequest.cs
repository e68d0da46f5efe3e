using Notices.Workflow.Commands;

namespace Notices.Api;

/// <summary>What an approver asked for, or which field to put right and how.</summary>
internal sealed record ApprovalChoice(ProcurementCommand? Command, string? Field = null, string? Message = null);

/// <summary>
/// The approval event from what an approver sent, the one way for notices and contract copies, from the API
/// and the forms alike: approve, reject with a reason, or declare a conflict of interest.
/// </summary>
internal static class ApprovalDecisionRequest
{
    public static ApprovalChoice ToCommand(
        string? decision,
        string? reason,
        string? conflictOfInterest,
        string what,
        Func<string, ProcurementCommand> declare,
        Func<ProcurementCommand> approve,
        Func<string, ProcurementCommand> reject) => decision switch
        {
            "declare-conflict" when !string.IsNullOrWhiteSpace(conflictOfInterest) => new(declare(conflictOfInterest.Trim())),
            "approve" => new(approve()),
            "reject" when !string.IsNullOrWhiteSpace(reason) => new(reject(reason.Trim())),
            "reject" => new(null, "reason", $"Enter why the {what} is rejected"),
            "declare-conflict" => new(null, "conflictOfInterest", "Describe the conflict of interest"),
            _ => new(null, "decision", "Choose 'approve', 'reject' or 'declare-conflict'"),
        };

    /// <summary>The choice as the API answers it: the command, or a 400 naming the field.</summary>
    public static (ProcurementCommand? Command, IResult? Problem) ForApi(this ApprovalChoice choice) =>
        choice.Command is { } command ? (command, null) : (null, Problems.Validation(choice.Field!, choice.Message!));
}
