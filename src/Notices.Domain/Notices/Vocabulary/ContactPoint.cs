namespace Notices.Domain.Notices;

/// <summary>Who to contact about the notice (reg 13: a named enquiry contact with an email address).</summary>
public sealed record ContactPoint
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Telephone { get; init; }
}
