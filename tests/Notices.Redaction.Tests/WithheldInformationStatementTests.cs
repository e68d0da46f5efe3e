using Notices.Domain.Contracts;
using Xunit;

namespace Notices.Redaction.Tests;

public class WithheldInformationStatementTests
{
    private static readonly DocumentLocation Somewhere = new("text", null, 1);

    private static RedactionReport Report(params WithholdingGround[] grounds) =>
        new(ContractFileType.PlainText, grounds.Select(g => new RedactedPassage("secret", g, Somewhere)).ToList());

    [Fact]
    public void From_PassagesOnTwoGrounds_CountsEachGroundAndCitesItsBasis()
    {
        var statement = WithheldInformationStatement.From(Report(WithholdingGround.PersonalData, WithholdingGround.CommerciallySensitive, WithholdingGround.PersonalData));

        Assert.Equal(2, statement.Grounds.Count);
        Assert.Equal(2, statement.Grounds.Single(g => g.Ground == WithholdingGround.PersonalData).Passages);
        var text = statement.ToText();
        Assert.Contains("2 passages under UK data-protection law", text, StringComparison.Ordinal);
        Assert.Contains("1 passage under section 94(1)(b) of the Procurement Act 2023", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
    }

    [Fact]
    public void From_NationalSecurityNotDisclosed_GroundLeftOut()
    {
        var statement = WithheldInformationStatement.From(Report(WithholdingGround.NationalSecurity, WithholdingGround.PersonalData), discloseNationalSecurity: false);

        Assert.DoesNotContain(statement.Grounds, g => g.Ground == WithholdingGround.NationalSecurity);
        Assert.DoesNotContain("94(1)(a)", statement.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void From_NothingRedacted_SaysNothingWithheld()
    {
        var statement = WithheldInformationStatement.From(Report());

        Assert.False(statement.AnythingWithheld);
        Assert.Equal("No information has been withheld from this copy of the contract.", statement.ToText());
    }
}
