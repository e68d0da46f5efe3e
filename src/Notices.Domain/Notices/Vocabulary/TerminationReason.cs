namespace Notices.Domain.Notices;

/// <summary>Why a public contract ended (s.80(3)); a contract termination notice gives at least one.</summary>
public enum TerminationReason
{
    /// <summary>The contract ran its course and expired.</summary>
    Expired,

    /// <summary>The contract was discharged, whether or not by performance.</summary>
    Discharged,

    /// <summary>The authority ended it under a right in the contract or the Act.</summary>
    TerminatedByAuthority,

    /// <summary>The supplier ended it under a right in the contract.</summary>
    TerminatedBySupplier,

    /// <summary>The parties agreed to end it.</summary>
    TerminatedByAgreement,

    /// <summary>The contract was rescinded.</summary>
    Rescinded,

    /// <summary>A court set the contract aside.</summary>
    SetAsideByCourt,

    /// <summary>Ended for the supplier's breach (reg 41 asks for the breach details as in a UK9).</summary>
    Breach,
}
