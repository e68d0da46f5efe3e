namespace Notices.Domain.Notices;

/// <summary>Suppliers named in a notice (reg 27): name and identifier, each listed once, each one referred to correctly.</summary>
internal static class SupplierRules
{
    public static void Check(ValidationErrors e, IReadOnlyList<Supplier> suppliers, bool required)
    {
        if (suppliers.Count == 0)
        {
            if (required)
            {
                e.Add("suppliers", "Add the supplier or suppliers: name, identifier and contact details.");
            }

            return;
        }

        for (var i = 0; i < suppliers.Count; i++)
        {
            var supplier = suppliers[i];
            FieldRules.RequiredText(e, supplier.Name, $"suppliers[{i}].name", "the supplier's name", FieldLimits.OrganisationName);
            FieldRules.Identifier(e, supplier.Identifier, $"suppliers[{i}].identifier", "the supplier's");
            FieldRules.Address(e, supplier.Address, $"suppliers[{i}].address");
            FieldRules.Contact(e, supplier.ContactPoint, $"suppliers[{i}].contactPoint", emailRequired: false);
            FieldRules.Url(e, supplier.Url, $"suppliers[{i}].url", "the supplier's website");
            for (var j = 0; j < i; j++)
            {
                if (supplier.Identifier is { } id && id == suppliers[j].Identifier)
                {
                    e.Add($"suppliers[{i}].identifier", $"{id.PartyId} is listed twice; list each supplier once.");
                }
            }
        }
    }

    /// <summary>Checks that a party id refers to one of the notice's suppliers.</summary>
    public static void Reference(ValidationErrors e, IReadOnlyList<Supplier> suppliers, string partyId, string path)
    {
        foreach (var supplier in suppliers)
        {
            if (supplier.Identifier is { } id && string.Equals(id.PartyId, partyId, StringComparison.Ordinal))
            {
                return;
            }
        }

        e.Add(path, $"'{partyId}' is not one of the notice's suppliers; add the supplier to suppliers or correct the id.");
    }
}
