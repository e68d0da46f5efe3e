namespace Notices.Domain.Notices;

/// <summary>A contract entered into (UK7): the date it was signed, its term and its value.</summary>
public sealed record Contract
{
    public string? Id { get; init; }
    public string? AwardId { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? DateSigned { get; init; }
    public DatePeriod? Period { get; init; }
    public Money? Value { get; init; }
    public bool? AboveThreshold { get; init; }
}
