using System.Globalization;
using Notices.Domain.Ocds;

namespace Notices.Domain.Notices;

/// <summary>Checks on single fields and the small records the notices share.</summary>
internal static class FieldRules
{
    public static void RequiredText(ValidationErrors e, string? value, string path, string what, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            e.Add(path, $"Enter {what}.");
            return;
        }

        MaxLength(e, value, path, what, maxLength);
    }

    public static void OptionalText(ValidationErrors e, string? value, string path, string what, int maxLength)
    {
        if (value is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            e.Add(path, $"Enter {what}, or leave the field out.");
            return;
        }

        MaxLength(e, value, path, what, maxLength);
    }

    private static void MaxLength(ValidationErrors e, string value, string path, string what, int maxLength)
    {
        if (value.Length > maxLength)
        {
            e.Add(path, $"Shorten {what} to {maxLength:N0} characters or fewer; it has {value.Length:N0}.");
        }
    }

    public static void Required<T>(ValidationErrors e, T? value, string path, string message)
        where T : struct
    {
        if (value is null)
        {
            e.Add(path, message);
        }
    }

    public static void Money(ValidationErrors e, Money? money, string path, string what, bool required)
    {
        if (money is null)
        {
            if (required)
            {
                e.Add(path, $"Enter {what}, both excluding and including VAT.");
            }

            return;
        }

        if (!OcdsCodelists.Currency.Contains(money.Currency))
        {
            e.Add(path + ".currency", $"'{money.Currency}' is not an ISO 4217 currency code; use GBP.");
        }
        else if (money.Currency != Notices.Money.PoundSterling)
        {
            e.Add(path + ".currency", "Find a Tender publishes values in pounds sterling; convert the value to GBP.");
        }

        if (money.Amount is null)
        {
            e.Add(path + ".amount", $"Enter {what} excluding VAT.");
        }
        else if (money.Amount < 0)
        {
            e.Add(path + ".amount", $"{Capitalise(what)} cannot be negative; enter zero or more.");
        }

        if (money.AmountGross is null)
        {
            e.Add(path + ".amountGross", $"Enter {what} including VAT.");
        }
        else if (money.AmountGross < 0)
        {
            e.Add(path + ".amountGross", $"{Capitalise(what)} cannot be negative; enter zero or more.");
        }
        else if (money.Amount is { } net && money.AmountGross < net)
        {
            e.Add(
                path + ".amountGross",
                $"The amount including VAT ({Pounds(money.AmountGross.Value)}) is less than the amount excluding VAT ({Pounds(net)}); VAT cannot reduce a value, so check which is which.");
        }
    }

    public static void Period(ValidationErrors e, DatePeriod? period, string path, string what)
    {
        if (period is null)
        {
            return;
        }

        if (period is { StartDate: { } start, EndDate: { } end } && end < start)
        {
            e.Add(path + ".endDate", $"The end of {what} ({Day(end)}) is before its start ({Day(start)}); correct one of them.");
        }

        if (period is { EndDate: { } last, MaxExtentDate: { } max } && max < last)
        {
            e.Add(path + ".maxExtentDate", $"The latest date {what} can be extended to ({Day(max)}) is before its end ({Day(last)}); correct one of them.");
        }
    }

    public static void Identifier(ValidationErrors e, OrganisationIdentifier? identifier, string path, string whose)
    {
        if (identifier is null)
        {
            e.Add(path, $"Enter {whose} identifier, such as its PPON (GB-PPON), Companies House number (GB-COH) or charity number (GB-CHC).");
            return;
        }

        if (!IdentifierSchemes.IsKnown(identifier.Scheme))
        {
            e.Add(path + ".scheme", $"'{identifier.Scheme}' is not a register Find a Tender accepts; use GB-PPON, GB-COH, GB-CHC or another org-id.guide code it lists.");
            return;
        }

        if (string.IsNullOrWhiteSpace(identifier.Id))
        {
            e.Add(path + ".id", $"Enter {whose} number on the {identifier.Scheme} register.");
            return;
        }

        var (valid, expected) = identifier.Scheme switch
        {
            IdentifierSchemes.Ppon => (Patterns.Ppon().IsMatch(identifier.Id), "four letters, four digits and four letters, such as PNBD-3289-CDGX"),
            IdentifierSchemes.CompaniesHouse => (Patterns.CompanyNumber().IsMatch(identifier.Id), "eight digits, or two letters and six digits, such as 08229264"),
            IdentifierSchemes.CharityCommission => (Patterns.CharityNumber().IsMatch(identifier.Id), "six or seven digits, such as 1159512"),
            IdentifierSchemes.FindATender => (Patterns.FindATenderNumber().IsMatch(identifier.Id), "the number Find a Tender gave the organisation, such as 185095"),
            _ => (Patterns.PartyId().IsMatch(identifier.Id), "letters and digits as the register writes them"),
        };
        if (!valid)
        {
            e.Add(path + ".id", $"'{identifier.Id}' is not a {identifier.Scheme} number; it should be {expected}.");
        }
        else if (identifier.PartyId.Length > FieldLimits.PartyId)
        {
            e.Add(path + ".id", $"Shorten the identifier to {FieldLimits.PartyId} characters or fewer.");
        }
    }

    public static void Address(ValidationErrors e, Address? address, string path)
    {
        if (address is null)
        {
            return;
        }

        if (address.Region is { } region && !Patterns.Region().IsMatch(region))
        {
            e.Add(path + ".region", $"'{region}' is not an ITL region code; use UK for the whole country or a code such as UKF24.");
        }

        if (!Patterns.Country().IsMatch(address.Country))
        {
            e.Add(path + ".country", $"'{address.Country}' is not a two-letter country code; use GB for the United Kingdom.");
        }

        OptionalText(e, address.StreetAddress, path + ".streetAddress", "the street address", FieldLimits.ShortText);
        OptionalText(e, address.Locality, path + ".locality", "the town or city", FieldLimits.Title);
        OptionalText(e, address.PostalCode, path + ".postalCode", "the postcode", 20);
    }

    public static void Contact(ValidationErrors e, ContactPoint? contact, string path, bool emailRequired)
    {
        if (contact?.Email is null)
        {
            if (emailRequired)
            {
                e.Add(path + ".email", "Enter an email address for enquiries about this notice.");
            }
        }
        else if (!Patterns.Email().IsMatch(contact.Email))
        {
            e.Add(path + ".email", $"'{contact.Email}' is not an email address; enter one such as procurement@council.gov.uk.");
        }

        if (contact?.Telephone is { } telephone && !Patterns.Telephone().IsMatch(telephone))
        {
            e.Add(path + ".telephone", $"'{telephone}' is not a telephone number; use digits, spaces and an optional leading +.");
        }

        OptionalText(e, contact?.Name, path + ".name", "the contact's name", FieldLimits.OrganisationName);
    }

    public static void Url(ValidationErrors e, string? url, string path, string what)
    {
        if (url is not null
            && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            e.Add(path, $"Enter {what} as a full web address starting with https://.");
        }
        else if (url is { Length: > FieldLimits.Url })
        {
            e.Add(path, $"Shorten {what} to {FieldLimits.Url:N0} characters or fewer.");
        }
    }

    public static void Classification(ValidationErrors e, Classification classification, string path)
    {
        if (!OcdsCodelists.ItemClassificationScheme.Contains(classification.Scheme))
        {
            e.Add(path + ".scheme", $"'{classification.Scheme}' is not a classification scheme in the OCDS codelist; use CPV.");
        }
        else if (classification.Scheme == Notices.Classification.Cpv
            && (classification.Id is null || !Patterns.Cpv().IsMatch(classification.Id)))
        {
            e.Add(path + ".id", $"'{classification.Id}' is not a CPV code; enter its eight digits, such as 90711400.");
        }
    }

    public static void Region(ValidationErrors e, string region, string path)
    {
        if (!Patterns.Region().IsMatch(region))
        {
            e.Add(path, $"'{region}' is not an ITL region code; use UK for the whole country or a code such as UKF24.");
        }
    }

    public static void Ocid(ValidationErrors e, string? ocid, bool required, string why)
    {
        if (ocid is null)
        {
            if (required)
            {
                e.Add("ocid", $"Enter the procurement's ocid ({why}); it looks like {ProcurementOcid.Prefix}04e9fb.");
            }
        }
        else if (!ProcurementOcid.IsValid(ocid))
        {
            e.Add("ocid", $"'{ocid}' is not a Find a Tender ocid; it should be {ProcurementOcid.Prefix} followed by six lowercase hexadecimal digits, such as {ProcurementOcid.Prefix}04e9fb.");
        }
    }

    public static void NotAfter(ValidationErrors e, DateTimeOffset? earlier, DateTimeOffset? later, string path, string earlierWhat, string laterWhat)
    {
        if (earlier is { } first && later is { } second && first > second)
        {
            e.Add(path, $"{Capitalise(earlierWhat)} ({Day(first)}) is after {laterWhat} ({Day(second)}); it must come first, so correct one of the dates.");
        }
    }

    public static string Pounds(decimal amount) => "£" + amount.ToString("N2", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset instant) => instant.ToString("d MMMM yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
