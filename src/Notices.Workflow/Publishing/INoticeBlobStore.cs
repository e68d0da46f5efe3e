namespace Notices.Workflow.Publishing;

/// <summary>The container of published releases: create-only, so a published release can never change.</summary>
public interface INoticeBlobStore
{
    /// <summary>Writes the blob if there is none of that name; false if one already exists (it is left as it was).</summary>
    Task<bool> CreateAsync(string name, string json, CancellationToken cancellationToken);

    /// <summary>The blob's content, or null if there is none.</summary>
    Task<string?> ReadAsync(string name, CancellationToken cancellationToken);
}
