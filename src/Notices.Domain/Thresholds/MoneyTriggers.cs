namespace Notices.Domain.Thresholds;

/// <summary>
/// The other sums of money in the Act that switch a duty on, VAT included. "More than" and "not
/// less than" are the Act's own words and differ: £5 million exactly needs no KPIs, but £30,000
/// exactly is a notifiable below-threshold contract for a council.
/// </summary>
public static class MoneyTriggers
{
    /// <summary>s.93(1): expected payments under relevant contracts in the coming financial year above which a pipeline notice is required.</summary>
    public const decimal PipelineNoticeSpend = 100_000_000m;

    /// <summary>s.93(3): contracts worth more than this go in the pipeline notice.</summary>
    public const decimal PipelineContract = 2_000_000m;

    /// <summary>s.52(1) key performance indicators, s.53(3) copy of the contract, s.77 copy of a modification: more than £5 million.</summary>
    public const decimal KeyPerformanceIndicatorsAndContractCopy = 5_000_000m;

    /// <summary><see cref="KeyPerformanceIndicatorsAndContractCopy"/> as texts state it.</summary>
    public static string KeyPerformanceIndicatorsAndContractCopyInWords => PoundsInWords.Of(KeyPerformanceIndicatorsAndContractCopy);

    /// <summary>s.87(4)(a): notifiable below-threshold contract of a central government authority, not less than £12,000.</summary>
    public const decimal NotifiableBelowThresholdCentralGovernment = 12_000m;

    /// <summary>s.87(4)(b): notifiable below-threshold contract of any other contracting authority, not less than £30,000.</summary>
    public const decimal NotifiableBelowThresholdOther = 30_000m;

    /// <summary>s.70(1): each payment of more than £30,000 under a public contract is published.</summary>
    public const decimal PaymentInformation = 30_000m;

    public static bool NeedsKeyPerformanceIndicators(decimal estimatedValue) => estimatedValue > KeyPerformanceIndicatorsAndContractCopy;

    public static bool NeedsContractCopyPublished(decimal estimatedValue) => estimatedValue > KeyPerformanceIndicatorsAndContractCopy;
}
