using Notices.Domain.Procurement;
using Notices.Domain.Thresholds;
using Xunit;

namespace Notices.Domain.Tests.Thresholds;

/// <summary>Schedule 1 thresholds (VAT included) by the day the procurement commenced and the type of contract.</summary>
public sealed class ScheduleOneTests
{
    public static TheoryData<string, string, int, decimal> ThresholdsByDateAndType => new()
    {
        // commenced, contract, row, threshold
        { "2026-01-01", "council goods", 12, 207_720m },
        { "2025-12-31", "council goods", 12, 214_904m },
        { "2026-03-01", "council services", 12, 207_720m },
        { "2026-03-01", "central goods", 11, 135_018m },
        { "2025-06-01", "central goods", 11, 139_688m },
        { "2026-03-01", "council works", 10, 5_193_000m },
        { "2025-06-01", "council works", 10, 5_372_609m },
        { "2026-03-01", "council light touch services", 8, 663_540m },
        { "2025-06-01", "council light touch services", 8, 663_540m },
        { "2026-03-01", "light touch concession", 7, 5_372_609m },
        { "2026-03-01", "services concession", 9, 5_193_000m },
        { "2026-03-01", "utility goods", 6, 415_440m },
        { "2025-06-01", "utility goods", 6, 429_809m },
        { "2026-03-01", "utility works", 4, 5_193_000m },
        { "2026-03-01", "utility light touch", 5, 884_720m },
        { "2026-03-01", "defence goods", 3, 415_440m },
        { "2026-03-01", "defence works", 1, 5_193_000m },
        { "2026-03-01", "defence concession", 2, 5_193_000m },
        { "2026-03-01", "defence light touch", 8, 663_540m },
    };

    [Theory]
    [MemberData(nameof(ThresholdsByDateAndType))]
    public void For_DateAndTypeOfContract_GivesTheScheduleOneRowAndAmount(string commenced, string contract, int row, decimal amount)
    {
        var threshold = ScheduleOne.For(Day(commenced), Category(contract));

        Assert.Equal(row, threshold.Row.Number);
        Assert.Equal(amount, threshold.Amount);
    }

    [Fact]
    public void RowFor_ContractFittingTwoRows_TakesTheFirst()
    {
        // A defence and security light touch utilities contract is within row 3 and row 5.
        var category = new ContractCategory(AuthorityType.CentralGovernment, ContractNature.Services, Utilities: true, DefenceAndSecurity: true, LightTouch: true);

        Assert.Equal(3, ScheduleOne.RowFor(category).Number);
    }

    [Fact]
    public void For_ProcurementCommencedBeforeTheAct_SaysTheEarlierRegulationsApply()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ScheduleOne.For(Day("2025-02-23"), Category("council goods")));

        Assert.Contains("not under the Procurement Act 2023", error.Message, StringComparison.Ordinal);
        Assert.Contains("24 February 2025", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(207_720, true)]   // exactly the threshold: "not less than" is above
    [InlineData(207_719.99, false)]
    [InlineData(250_000, true)]
    public void Assess_CouncilServicesIn2026_AboveWhenNotLessThanTheThreshold(decimal value, bool above)
    {
        var assessment = ThresholdAssessment.Assess(Day("2026-02-01"), Category("council services"), value);

        Assert.Equal(above, assessment.AboveThreshold);
    }

    [Fact]
    public void Assess_Explanation_NamesValueThresholdRowAndTable()
    {
        var assessment = ThresholdAssessment.Assess(Day("2026-02-01"), Category("council services"), 246_000m);

        Assert.Equal(
            "The estimated value of £246,000 including VAT is not less than the threshold of £207,720 for row 12 of Schedule 1 " +
            "(contract for the supply of goods, services or works to a sub-central government authority not within any other row), " +
            "in force for procurements commenced from 1 January 2026: it is a public contract under the Act.",
            assessment.Explanation);
    }

    [Fact]
    public void Assess_SameValueUnderThe2025Table_IsBelowThreshold()
    {
        // £210,000 is above the 2026 threshold of £207,720 but below the 2025 one of £214,904.
        Assert.True(ThresholdAssessment.Assess(Day("2026-01-01"), Category("council goods"), 210_000m).AboveThreshold);
        Assert.False(ThresholdAssessment.Assess(Day("2025-12-31"), Category("council goods"), 210_000m).AboveThreshold);
    }

    [Fact]
    public void Assess_NegativeValue_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ThresholdAssessment.Assess(Day("2026-02-01"), Category("council goods"), -1m));

    private static ContractCategory Category(string contract) => contract switch
    {
        "council goods" => ContractCategory.Of(AuthorityType.SubCentral, ContractNature.Goods),
        "council services" => ContractCategory.Of(AuthorityType.SubCentral, ContractNature.Services),
        "central goods" => ContractCategory.Of(AuthorityType.CentralGovernment, ContractNature.Goods),
        "council works" => ContractCategory.Of(AuthorityType.SubCentral, ContractNature.Works),
        "council light touch services" => ContractCategory.Of(AuthorityType.SubCentral, ContractNature.Services, SpecialRegime.LightTouch),
        "light touch concession" => ContractCategory.Of(AuthorityType.SubCentral, ContractNature.Services, SpecialRegime.LightTouch, SpecialRegime.Concession),
        "services concession" => ContractCategory.Of(AuthorityType.SubCentral, ContractNature.Services, SpecialRegime.Concession),
        "utility goods" => ContractCategory.Of(AuthorityType.Utility, ContractNature.Goods),
        "utility works" => ContractCategory.Of(AuthorityType.Utility, ContractNature.Works),
        "utility light touch" => ContractCategory.Of(AuthorityType.Utility, ContractNature.Services, SpecialRegime.LightTouch),
        "defence goods" => ContractCategory.Of(AuthorityType.CentralGovernment, ContractNature.Goods, SpecialRegime.DefenceAndSecurity),
        "defence works" => ContractCategory.Of(AuthorityType.CentralGovernment, ContractNature.Works, SpecialRegime.DefenceAndSecurity),
        "defence concession" => ContractCategory.Of(AuthorityType.CentralGovernment, ContractNature.Services, SpecialRegime.DefenceAndSecurity, SpecialRegime.Concession),
        "defence light touch" => ContractCategory.Of(AuthorityType.CentralGovernment, ContractNature.Services, SpecialRegime.DefenceAndSecurity, SpecialRegime.LightTouch),
        _ => throw new ArgumentOutOfRangeException(nameof(contract), contract, "no such example"),
    };

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
