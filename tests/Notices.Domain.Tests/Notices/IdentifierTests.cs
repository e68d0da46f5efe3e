using Xunit;
using Notices.Domain.Notices;

namespace Notices.Domain.Tests.Notices;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("ocds-h6vhtk-04e9fb", true)]
    [InlineData("ocds-h6vhtk-06F19E", false)]
    [InlineData("ocds-h6vhtk-04e9f", false)]
    [InlineData("ocds-h6vhtk-04e9fbb", false)]
    [InlineData("ocds-b5fd17-04e9fb", false)]
    [InlineData("ocds-h6vhtk-04e9fg", false)]
    public void ProcurementOcidIsValid_FindATenderPattern_AcceptsOnlySixLowercaseHexDigits(string value, bool valid) =>
        Assert.Equal(valid, ProcurementOcid.IsValid(value));

    [Theory]
    [InlineData("ocds-local-04e9fb", true, true)]
    [InlineData("ocds-local-04e9f", false, false)]
    [InlineData("ocds-local-04E9FB", false, false)]
    [InlineData("ocds-h6vhtk-04e9fb", true, false)]
    public void ProcurementOcid_LocalRegisterPrefix_IsValidAndSaysItIsLocal(string value, bool valid, bool local) =>
        Assert.Equal((valid, local), (ProcurementOcid.IsValid(value), ProcurementOcid.IsLocal(value)));

    [Fact]
    public void ProcurementOcidParse_BadValue_SaysWhatAnOcidLooksLike()
    {
        var e = Assert.Throws<FormatException>(() => ProcurementOcid.Parse("ocds-h6vhtk-XYZ"));

        Assert.Contains("six lowercase hexadecimal digits", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("029664-2025", true)]
    [InlineData("083608-2026", true)]
    [InlineData("29664-2025", false)]
    [InlineData("029664_2025", false)]
    [InlineData("029664-25", false)]
    [InlineData("02966a-2025", false)]
    public void FtsNoticeIdIsValid_NoticeIdPattern_AcceptsSixDigitsAndAYear(string value, bool valid) =>
        Assert.Equal(valid, FtsNoticeId.IsValid(value));

    [Fact]
    public void FtsNoticeIdParse_ValidId_GivesTheYear() =>
        Assert.Equal(2025, FtsNoticeId.Parse("029664-2025").Year);

    [Theory]
    [InlineData("GB-PPON-PNBD-3289-CDGX", "GB-PPON", "PNBD-3289-CDGX")]
    [InlineData("GB-COH-08229264", "GB-COH", "08229264")]
    [InlineData("GB-CHC-1159512", "GB-CHC", "1159512")]
    [InlineData("GB-FTS-185095", "GB-FTS", "185095")]
    [InlineData("GB-UKPRN-10007789", "GB-UKPRN", "10007789")]
    public void OrganisationIdentifierFromPartyId_KnownScheme_SplitsSchemeAndNumber(string partyId, string scheme, string id)
    {
        var identifier = OrganisationIdentifier.FromPartyId(partyId);

        Assert.Equal(new OrganisationIdentifier(scheme, id), identifier);
        Assert.Equal(partyId, identifier!.PartyId);
    }

    [Fact]
    public void OrganisationIdentifierFromPartyId_UnknownScheme_IsNull() =>
        Assert.Null(OrganisationIdentifier.FromPartyId("XX-ABC-123"));
}
