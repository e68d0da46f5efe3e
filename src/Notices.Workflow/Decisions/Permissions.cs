using Notices.Workflow.Procurements;

namespace Notices.Workflow.Decisions;

/// <summary>Who may do what: the roles each command needs, with the sentence a refusal gives.</summary>
internal static class Permissions
{
    public static Decision? RequireCommissioner(DecisionContext context, string doing) =>
        context.Actor.Holds(Role.Commissioner) ? null : Decision.Refuse($"Only a commissioner can {doing}.");

    public static Decision? RequireApprover(DecisionContext context, string doing) =>
        context.Actor.Holds(Role.Approver) ? null : Decision.Refuse($"Only an approver can {doing}.");

    public static Decision? RequireWorkflow(DecisionContext context, string doing) =>
        context.Actor.Holds(Role.System) ? null : Decision.Refuse($"Only the workflow itself can {doing}.");

    public static Decision? RequireCommissionerOrAdministrator(DecisionContext context, string doing) =>
        context.Actor.Holds(Role.Commissioner) || context.Actor.Holds(Role.Administrator)
            ? null
            : Decision.Refuse($"Only a commissioner or an administrator can {doing}.");
}
