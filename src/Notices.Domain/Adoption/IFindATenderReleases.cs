namespace Notices.Domain.Adoption;

/// <summary>
/// Fetches a release Find a Tender published, by its notice id (<c>nnnnnn-yyyy</c>), as the OCDS release
/// package Find a Tender serves at <c>/api/1.0/ocdsReleasePackages/{noticeId}</c>. The domain only
/// names the port; the adapter that calls Find a Tender lives with the workflow.
/// </summary>
public interface IFindATenderReleases
{
    /// <summary>The release package's JSON, or null when Find a Tender has no notice with that id.</summary>
    Task<string?> GetReleasePackageAsync(string noticeId, CancellationToken cancellationToken);
}
