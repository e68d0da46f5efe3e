namespace Notices.Azurite;

/// <summary>How to start Azurite. Unset ports are chosen free; no data folder means in-memory storage.</summary>
public sealed record AzuriteOptions
{
    public int? BlobPort { get; init; }

    public int? QueuePort { get; init; }

    public int? TablePort { get; init; }

    /// <summary>Where Azurite keeps its data between runs; null keeps everything in memory.</summary>
    public string? DataFolder { get; init; }

    /// <summary>The repository holding package.json and node_modules; found from NoticeFunctions.sln when null.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>How long to wait for the three endpoints to answer.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long <c>npm ci</c> may take when node_modules is missing.</summary>
    public TimeSpan InstallTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
