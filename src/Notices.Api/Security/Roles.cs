namespace Notices.Api.Security;

/// <summary>The roles a user holds, as app roles in Entra ID and in the development sign-in.</summary>
internal static class Roles
{
    /// <summary>Registers procurements, drafts and submits notices, records awards and contracts.</summary>
    public const string Commissioner = "Commissioner";

    /// <summary>Approves or rejects submitted notices, declaring any conflict of interest.</summary>
    public const string Approver = "Approver";

    /// <summary>Runs the service: retries failed work, sees every procurement.</summary>
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Commissioner, Approver, Administrator];
}

/// <summary>Authorisation policies by what they allow.</summary>
internal static class Policies
{
    /// <summary>Any signed-in user holding at least one role: reading procurements, notices, registers.</summary>
    public const string Reader = nameof(Reader);

    public const string Commissioner = nameof(Commissioner);

    public const string Approver = nameof(Approver);

    public const string Administrator = nameof(Administrator);

    /// <summary>The approvals inboxes: approvers', and administrators' for escalated approvals.</summary>
    public const string ApproverOrAdministrator = nameof(ApproverOrAdministrator);

    /// <summary>Retrying failed work: the commissioner who owns the procurement, or an administrator.</summary>
    public const string CommissionerOrAdministrator = nameof(CommissionerOrAdministrator);
}
