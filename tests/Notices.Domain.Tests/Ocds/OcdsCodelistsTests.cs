using Notices.Domain.Ocds;
using Xunit;

namespace Notices.Domain.Tests.Ocds;

/// <summary>The codelists as read from their CSV files: every code, and nothing but codes.</summary>
public sealed class OcdsCodelistsTests
{
    [Fact]
    public void DocumentType_HoldsEachRowsCodeOfTheStandardAndTheUkExtension()
    {
        // 41 rows in the standard's file; the first row's Category is empty and every Description
        // is quoted with commas in it, which a reader that miscounts fields would take for codes.
        Assert.Contains("plannedProcurementNotice", (IReadOnlySet<string>)OcdsCodelists.DocumentType);
        Assert.Contains("tenderNotice", (IReadOnlySet<string>)OcdsCodelists.DocumentType);
        Assert.Contains("marketEngagementNotice", (IReadOnlySet<string>)OcdsCodelists.DocumentType);
        Assert.True(OcdsCodelists.DocumentType.Count >= 41, $"{OcdsCodelists.DocumentType.Count} document types read");
        Assert.All(OcdsCodelists.DocumentType, code => Assert.Matches("^[A-Za-z]+$", code));
    }

    [Fact]
    public void Currency_HoldsIsoCodesOnly()
    {
        Assert.Contains("GBP", (IReadOnlySet<string>)OcdsCodelists.Currency);
        Assert.All(OcdsCodelists.Currency, code => Assert.Matches("^[A-Z]{3}$", code));
    }
}
