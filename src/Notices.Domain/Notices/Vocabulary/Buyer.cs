using Notices.Domain.Procurement;

namespace Notices.Domain.Notices;

/// <summary>The contracting authority publishing the notice (OCDS party with the role <c>buyer</c>).</summary>
public sealed record Buyer
{
    public string? Name { get; init; }
    public OrganisationIdentifier? Identifier { get; init; }
    public Address? Address { get; init; }
    public ContactPoint? ContactPoint { get; init; }
    public string? Url { get; init; }

    /// <summary>Which kind of authority: decides the goods and services threshold.</summary>
    public AuthorityType? AuthorityType { get; init; }
}
