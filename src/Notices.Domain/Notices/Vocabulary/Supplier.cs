namespace Notices.Domain.Notices;

/// <summary>
/// A supplier named in an award or contract (OCDS party with the role <c>supplier</c>), with the status
/// flags reg 27 asks for: SME, VCSE, supported employment provider and public service mutual.
/// </summary>
public sealed record Supplier
{
    public string? Name { get; init; }
    public OrganisationIdentifier? Identifier { get; init; }
    public Address? Address { get; init; }
    public ContactPoint? ContactPoint { get; init; }
    public string? Url { get; init; }
    public SupplierScale? Scale { get; init; }
    public bool? Vcse { get; init; }
    public bool? SupportedEmploymentProvider { get; init; }
    public bool? PublicServiceMutual { get; init; }
}

/// <summary>Find a Tender's <c>parties[].details.scale</c>.</summary>
public enum SupplierScale
{
    Sme,
    Large,
}
