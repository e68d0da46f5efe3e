namespace Notices.Workflow.Procurements;

/// <summary>The award procedure (Procurement Act 2023, ss.20 and 41 to 43).</summary>
public enum Procedure
{
    /// <summary>A single-stage tendering procedure without restriction on who may submit a tender.</summary>
    Open,

    /// <summary>Any other competitive tendering procedure the authority considers appropriate.</summary>
    CompetitiveFlexible,

    /// <summary>A direct award to a chosen supplier, announced with a transparency notice (UK5).</summary>
    DirectAward,
}
