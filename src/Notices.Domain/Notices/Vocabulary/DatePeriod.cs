namespace Notices.Domain.Notices;

/// <summary>A period with a start, an end and the latest date it may be extended to.</summary>
public sealed record DatePeriod
{
    public DateTimeOffset? StartDate { get; init; }
    public DateTimeOffset? EndDate { get; init; }
    public DateTimeOffset? MaxExtentDate { get; init; }
}
