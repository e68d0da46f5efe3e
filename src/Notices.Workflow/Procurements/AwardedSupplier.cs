namespace Notices.Workflow.Procurements;

/// <summary>A supplier as named in an award, with its identifier (for example a GB-PPON or Companies House number).</summary>
public sealed record AwardedSupplier(string Name, string Identifier);
