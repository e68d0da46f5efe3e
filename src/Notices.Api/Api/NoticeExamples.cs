using Notices.Domain.Notices;

namespace Notices.Api;

/// <summary>
/// An example of each drafted notice's content, as the API's description shows it: what any notice starts from
/// (its title, description, nature and buyer), for a council's waste collection. A draft may be this sparse;
/// submitting it for approval says what its type still needs.
/// </summary>
internal static class NoticeExamples
{
    public static string For(NoticeType type) => $$"""
        {
          "{{NoticeJson.TypeProperty}}": "{{type}}",
          "reference": "WCC-2025-017",
          "title": "Waste collection services",
          "description": "Weekly kerbside collection of household waste and recycling across the county, from April 2027.",
          "nature": "services",
          "buyer": {
            "name": "Westshire County Council",
            "address": { "streetAddress": "County Hall", "locality": "Westbury", "postalCode": "WB1 1AA", "region": "UKK15", "country": "GB" },
            "contactPoint": { "name": "Procurement Team", "email": "procurement@westshire.gov.uk", "telephone": "01234 567890" },
            "url": "https://www.westshire.gov.uk/"
          }
        }
        """;
}
