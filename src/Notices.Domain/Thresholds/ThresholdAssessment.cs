using System.Globalization;

namespace Notices.Domain.Thresholds;

/// <summary>
/// Whether a contract is above threshold (a public contract, s.3) or below it, and why. A contract
/// is above threshold when its estimated value, VAT included (Schedule 3), is not less than the
/// threshold amount.
/// </summary>
public sealed record ThresholdAssessment(Threshold Threshold, decimal EstimatedValueIncludingVat, bool AboveThreshold)
{
    public static ThresholdAssessment Assess(DateOnly procurementCommenced, ContractCategory category, decimal estimatedValueIncludingVat)
    {
        if (estimatedValueIncludingVat < 0)
            throw new ArgumentOutOfRangeException(nameof(estimatedValueIncludingVat), estimatedValueIncludingVat,
                "The estimated value cannot be negative.");
        var threshold = ScheduleOne.For(procurementCommenced, category);
        return new ThresholdAssessment(threshold, estimatedValueIncludingVat, estimatedValueIncludingVat >= threshold.Amount);
    }

    public string Explanation =>
        $"The estimated value of {Money.Format(EstimatedValueIncludingVat)} including VAT is " +
        (AboveThreshold ? "not less than" : "less than") +
        $" the threshold of {Money.Format(Threshold.Amount)} for row {Threshold.Row.Number} of Schedule 1 " +
        $"({Threshold.Row.TypeOfContract.ToLower(CultureInfo.InvariantCulture)}), in force for procurements commenced from " +
        $"{Threshold.Table.InForceFrom.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: " +
        (AboveThreshold ? "it is a public contract under the Act." : "it is below threshold.");
}

/// <summary>Pounds as the Act writes them: £5,193,000.</summary>
public static class Money
{
    public static string Format(decimal pounds) =>
        "£" + pounds.ToString(pounds == decimal.Truncate(pounds) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
}
