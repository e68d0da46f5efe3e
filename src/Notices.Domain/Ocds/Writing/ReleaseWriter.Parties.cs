using Notices.Domain.Notices;

namespace Notices.Domain.Ocds;

internal sealed partial class ReleaseWriter
{
    private void WriteParties()
    {
        w.WriteStartArray("parties");
        if (notice.Buyer is { } buyer)
        {
            WriteParty(buyer.Name, buyer.Identifier, buyer.Address, buyer.ContactPoint, "buyer");
            if (buyer.Url is not null || buyer.AuthorityType is not null)
            {
                w.WriteStartObject("details");
                WriteOptional("url", buyer.Url);
                if (buyer.AuthorityType is { } authorityType)
                {
                    var (code, description) = ReleaseConventions.AuthorityTypeCode(authorityType);
                    w.WriteStartArray("classifications");
                    WriteClassification(ReleaseConventions.AuthorityTypeScheme, code, fresh ? description : null);
                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        foreach (var supplier in Suppliers(notice))
        {
            WriteParty(supplier.Name, supplier.Identifier, supplier.Address, supplier.ContactPoint, "supplier");
            if (supplier is { Url: null, Scale: null, Vcse: null, PublicServiceMutual: null, SupportedEmploymentProvider: null })
            {
                w.WriteEndObject();
                continue;
            }

            w.WriteStartObject("details");
            WriteOptional("url", supplier.Url);
            if (supplier.Scale is { } scale)
            {
                w.WriteString("scale", scale == SupplierScale.Sme ? "sme" : "large");
            }

            WriteOptional("vcse", supplier.Vcse);
            WriteOptional("publicServiceMissionOrganization", supplier.PublicServiceMutual);
            WriteOptional("shelteredWorkshop", supplier.SupportedEmploymentProvider);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes a party up to its details, which the caller adds before closing it.</summary>
    private void WriteParty(string? name, OrganisationIdentifier? identifier, Address? address, ContactPoint? contact, string role)
    {
        w.WriteStartObject();
        WriteOptional("name", name);
        if (identifier is not null)
        {
            w.WriteString("id", identifier.PartyId);

            // Find a Tender numbers unregistered organisations itself and gives them no register identifier.
            if (identifier.Scheme != IdentifierSchemes.FindATender)
            {
                w.WriteStartObject("identifier");
                w.WriteString("scheme", identifier.Scheme);
                w.WriteString("id", identifier.Id);
                w.WriteEndObject();
            }
        }

        if (address is not null)
        {
            w.WriteStartObject("address");
            WriteOptional("streetAddress", address.StreetAddress);
            WriteOptional("locality", address.Locality);
            WriteOptional("postalCode", address.PostalCode);
            w.WriteString("country", address.Country);
            WriteConvention("countryName", ReleaseConventions.CountryName(address.Country));
            WriteOptional("region", address.Region);
            w.WriteEndObject();
        }

        if (contact is not null)
        {
            w.WriteStartObject("contactPoint");
            WriteOptional("name", contact.Name);
            WriteOptional("email", contact.Email);
            WriteOptional("telephone", contact.Telephone);
            w.WriteEndObject();
        }

        w.WriteStartArray("roles");
        w.WriteStringValue(role);
        w.WriteEndArray();
    }

    private static IReadOnlyList<Supplier> Suppliers(Notice notice) => notice switch
    {
        AwardStageNotice n => n.Suppliers,
        ContractStageNotice n => n.Suppliers,
        _ => [],
    };
}
