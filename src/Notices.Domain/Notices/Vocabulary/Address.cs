namespace Notices.Domain.Notices;

/// <summary>A postal address; <see cref="Region"/> is its ITL (formerly NUTS) code, for example <c>UKF24</c>.</summary>
public sealed record Address
{
    public string? StreetAddress { get; init; }
    public string? Locality { get; init; }
    public string? PostalCode { get; init; }
    public string? Region { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string Country { get => field ?? "GB"; init; }
}
