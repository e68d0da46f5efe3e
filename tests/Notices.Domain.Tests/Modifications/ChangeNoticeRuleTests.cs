using Notices.Domain.Modifications;
using Notices.Domain.Procurement;
using Xunit;

namespace Notices.Domain.Tests.Modifications;

/// <summary>Section 75: when a contract change notice must be published before a modification.</summary>
public sealed class ChangeNoticeRuleTests
{
    // A four-year services contract worth £1m, changed in nothing until a test says otherwise.
    private static readonly ProposedModification Unchanged = new()
    {
        Nature = ContractNature.Services,
        EstimatedValueBefore = 1_000_000,
        EstimatedValueAfter = 1_000_000,
        MaximumTermOnAwardDays = 1_461,
    };

    [Theory]
    [InlineData(ContractNature.Services, 1_000_000, 1_100_000, 0, false)] // +10% services: exempt
    [InlineData(ContractNature.Services, 1_000_000, 1_100_001, 0, true)]  // just over 10%
    [InlineData(ContractNature.Goods, 1_000_000, 900_000, 0, false)]      // -10% goods: exempt
    [InlineData(ContractNature.Works, 1_000_000, 1_150_000, 0, false)]    // +15% works: exempt
    [InlineData(ContractNature.Works, 1_000_000, 1_160_000, 0, true)]     // +16% works
    [InlineData(ContractNature.Services, 1_000_000, 1_000_000, 146, false)] // term +146 of 1,461 days (9.99%)
    [InlineData(ContractNature.Services, 1_000_000, 1_000_000, 147, true)]  // term +147 of 1,461 days (10.06%)
    [InlineData(ContractNature.Services, 1_000_000, 1_050_000, -365, true)] // value fine, term cut by a quarter
    public void Decide_ValueAndTermBands_NoticeOnlyOutsideThem(ContractNature nature, decimal before, decimal after, int termChangeDays, bool required)
    {
        var decision = ChangeNoticeRule.Decide(Unchanged with
        {
            Nature = nature,
            EstimatedValueBefore = before,
            EstimatedValueAfter = after,
            TermChangeDays = termChangeDays,
        });

        Assert.Equal(required, decision.NoticeRequired);
    }

    [Fact]
    public void Decide_NovationOnCorporateRestructuring_AlwaysNeedsANotice()
    {
        var decision = ChangeNoticeRule.Decide(Unchanged with { IsCorporateRestructuringNovation = true });

        Assert.True(decision.NoticeRequired);
        Assert.Contains("Schedule 8, paragraph 9", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_SmallChangeThatBelongsWithAnEarlierOne_NeedsANotice()
    {
        var decision = ChangeNoticeRule.Decide(Unchanged with
        {
            EstimatedValueAfter = 1_050_000,
            CouldReasonablyHaveBeenMadeWithEarlierModificationNeedingNotice = true,
        });

        Assert.True(decision.NoticeRequired);
        Assert.Contains("s.75(4)", decision.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SpecialRegime.LightTouch, false, false, "a light touch contract")]
    [InlineData(SpecialRegime.DefenceAndSecurity, false, false, "a defence and security contract")]
    [InlineData(SpecialRegime.None, true, false, "a contract awarded by a private utility")]
    [InlineData(SpecialRegime.None, false, true, "transferred Northern Ireland")]
    public void Decide_ContractsOutsideSection75_NeedNoNoticeEvenForLargeChanges(SpecialRegime regime, bool privateUtility, bool transferredNi, string named)
    {
        var decision = ChangeNoticeRule.Decide(Unchanged with
        {
            Regime = regime,
            EstimatedValueAfter = 3_000_000,
            AwardedByPrivateUtility = privateUtility,
            TransferredNorthernIreland = transferredNi,
        });

        Assert.False(decision.NoticeRequired);
        Assert.Contains(named, decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_Explanation_ReadsAsTheStepsOfTheAct()
    {
        var decision = ChangeNoticeRule.Decide(new ProposedModification
        {
            Nature = ContractNature.Works,
            EstimatedValueBefore = 2_000_000,
            EstimatedValueAfter = 2_500_000,
            MaximumTermOnAwardDays = 730,
            TermChangeDays = 30,
        });

        Assert.Equal(
            [
                "The estimated value changes by 25%, more than the 15% allowed for a works contract (s.75(2)(a)).",
                "The term changes by 4.11% of the maximum term on award, within the 10% allowed (s.75(2)(b)).",
                "A contract change notice must be published before the modification is made (s.75(1)).",
            ],
            decision.Reasons);
    }

    [Fact]
    public void Decide_ZeroValueBefore_IsRefusedNamingTheField()
    {
        var error = Assert.Throws<ArgumentException>(() => ChangeNoticeRule.Decide(Unchanged with { EstimatedValueBefore = 0 }));

        Assert.StartsWith("EstimatedValueBefore:", error.Message, StringComparison.Ordinal);
    }
}
