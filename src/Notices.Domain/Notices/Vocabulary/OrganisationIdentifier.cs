namespace Notices.Domain.Notices;

/// <summary>
/// An organisation's identifier on a register, written as a party id <c>{scheme}-{id}</c>:
/// <c>GB-PPON-PNBD-3289-CDGX</c> (Central Digital Platform), <c>GB-COH-08229264</c> (Companies House),
/// <c>GB-CHC-1159512</c> (Charity Commission), or <c>GB-FTS-185095</c> where the organisation is on no
/// register and Find a Tender allocated the number itself.
/// </summary>
public sealed record OrganisationIdentifier(string Scheme, string Id)
{
    /// <summary>The party id Find a Tender uses in <c>parties[].id</c> and every reference to it.</summary>
    public string PartyId => $"{Scheme}-{Id}";

    public override string ToString() => PartyId;

    /// <summary>
    /// Splits a party id at the longest known scheme prefix; <c>null</c> when no known scheme matches.
    /// </summary>
    public static OrganisationIdentifier? FromPartyId(string partyId)
    {
        ArgumentNullException.ThrowIfNull(partyId);
        foreach (var scheme in IdentifierSchemes.All)
        {
            if (partyId.Length > scheme.Length + 1
                && partyId.StartsWith(scheme, StringComparison.Ordinal)
                && partyId[scheme.Length] == '-')
            {
                return new OrganisationIdentifier(scheme, partyId[(scheme.Length + 1)..]);
            }
        }

        return null;
    }
}
