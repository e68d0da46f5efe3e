namespace Notices.Workflow.Procurements;

/// <summary>
/// Where new identifiers come from. Workflow code never calls <see cref="Guid.NewGuid"/> itself, so a
/// test can make every id predictable.
/// </summary>
public interface IIdSource
{
    Guid NewId();
}

/// <summary>Random identifiers, for production.</summary>
public sealed class RandomIdSource : IIdSource
{
    public static RandomIdSource Instance { get; } = new();

    public Guid NewId() => Guid.NewGuid();
}
