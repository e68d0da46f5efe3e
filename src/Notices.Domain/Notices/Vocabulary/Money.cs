namespace Notices.Domain.Notices;

/// <summary>
/// A value as Find a Tender publishes it: <see cref="Amount"/> excludes VAT and
/// <see cref="AmountGross"/> includes it. The Act's thresholds are VAT-inclusive, so the gross amount
/// is the one the law looks at; the net amount is what most buyers quote.
/// </summary>
public sealed record Money
{
    public const string PoundSterling = "GBP";

    /// <summary>The amount excluding VAT (OCDS <c>amount</c>).</summary>
    public decimal? Amount { get; init; }

    /// <summary>The amount including VAT (OCDS <c>amountGross</c>).</summary>
    public decimal? AmountGross { get; init; }

    /// <summary>ISO 4217 currency code; Find a Tender publishes values in pounds sterling.</summary>
    public string Currency { get => field ?? PoundSterling; init; }
}
