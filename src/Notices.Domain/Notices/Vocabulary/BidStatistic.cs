namespace Notices.Domain.Notices;

/// <summary>
/// A count of tenders for a lot (reg 27: tenders submitted and assessed, and how many came from SMEs and
/// VCSEs), measured with a code from the bid statistics codelist such as <c>finalStageBids</c>.
/// </summary>
public sealed record BidStatistic
{
    /// <summary>The statistic's id as published; when empty, its place in the list from 1.</summary>
    public string? Id { get; init; }

    public string? Measure { get; init; }
    public decimal? Value { get; init; }
    public string? RelatedLot { get; init; }
}
