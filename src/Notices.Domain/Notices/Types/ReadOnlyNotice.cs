namespace Notices.Domain.Notices;

/// <summary>
/// A notice this product reads from Find a Tender and shows, but does not draft: the dynamic market
/// notices (UK13-UK16) and the payment notices (UK8, UK17). It holds what every notice holds (buyer,
/// title, description, documents) and the release as published, which is rendered back unchanged.
/// </summary>
public abstract record ReadOnlyNotice : Notice
{
    /// <summary>Suppliers named in the release (admitted to or removed from a dynamic market, for example).</summary>
    public IReadOnlyList<Supplier> Suppliers { get => field ?? []; init; }
}
