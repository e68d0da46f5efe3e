using Notices.Domain.Notices;

namespace Notices.Domain.Ocds;

internal sealed partial class ReleaseReader
{
    private Buyer? ReadBuyer()
    {
        var buyerId = release.Get("buyer")?.String("id");
        var party = release.Array("parties").FirstOrDefault(p => buyerId is not null ? p.String("id") == buyerId : HasRole(p, "buyer"));
        if (party.Element.ValueKind == default)
        {
            return null;
        }

        var details = party.Get("details");
        var authorityType = details?.Array("classifications")
            .Where(c => c.String("scheme") == ReleaseConventions.AuthorityTypeScheme)
            .Select(c => ReleaseConventions.AuthorityTypeFrom(c.String("id")))
            .FirstOrDefault();
        return new Buyer
        {
            Name = party.String("name"),
            Identifier = IdentifierOf(party),
            Address = ReadAddress(party.Get("address")),
            ContactPoint = ReadContact(party.Get("contactPoint")),
            Url = details?.String("url"),
            AuthorityType = authorityType,
        };
    }

    private List<Supplier> ReadSuppliers() =>
        [.. release.Array("parties").Where(p => HasRole(p, "supplier")).Select(ReadSupplier)];

    private static Supplier ReadSupplier(ReleaseNode party)
    {
        var details = party.Get("details");
        return new Supplier
        {
            Name = party.String("name"),
            Identifier = IdentifierOf(party),
            Address = ReadAddress(party.Get("address")),
            ContactPoint = ReadContact(party.Get("contactPoint")),
            Url = details?.String("url"),
            Scale = details?.String("scale") switch
            {
                null => null,
                "large" => SupplierScale.Large,
                _ => SupplierScale.Sme,
            },
            Vcse = details?.Bool("vcse"),
            PublicServiceMutual = details?.Bool("publicServiceMissionOrganization"),
            SupportedEmploymentProvider = details?.Bool("shelteredWorkshop"),
        };
    }

    private static bool HasRole(ReleaseNode party, string role) => party.Strings("roles").Contains(role);

    /// <summary>The register identifier, or failing that the party id split at its scheme (as for GB-FTS).</summary>
    private static OrganisationIdentifier? IdentifierOf(ReleaseNode party)
    {
        if (party.Get("identifier") is { } identifier && identifier.String("scheme") is { } scheme && identifier.String("id") is { } id)
        {
            return new OrganisationIdentifier(scheme, id);
        }

        return party.String("id") is { } partyId ? OrganisationIdentifier.FromPartyId(partyId) : null;
    }

    private static Address? ReadAddress(ReleaseNode? address) => address is { } a
        ? new Address
        {
            StreetAddress = a.String("streetAddress"),
            Locality = a.String("locality"),
            PostalCode = a.String("postalCode"),
            Region = a.String("region"),
            Country = a.String("country") ?? "GB",
        }
        : null;

    private static ContactPoint? ReadContact(ReleaseNode? contact) => contact is { } c
        ? new ContactPoint { Name = c.String("name"), Email = c.String("email"), Telephone = c.String("telephone") }
        : null;

    private static List<string> PartyIds(ReleaseNode node, string name) =>
        [.. node.Array(name).Select(s => s.String("id")).OfType<string>()];
}
