using System.Net;
using Notices.Domain.Adoption;
using Notices.Workflow.Decisions;

namespace Notices.Workflow.Adoption;

/// <summary>
/// Find a Tender's public API as the adoption reads it: the release package of one notice, by its notice id. The
/// <see cref="HttpClient"/> is the host's, so timeouts and retries are set where the host sets them.
/// </summary>
public sealed class FindATenderApi(HttpClient http) : IFindATenderReleases
{
    public async Task<string?> GetReleasePackageAsync(string noticeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noticeId);
        using var response = await http.GetAsync(ReleasePackage(noticeId), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Where Find a Tender serves the notice's release package.</summary>
    public static Uri ReleasePackage(string noticeId) => new(AdoptionDecisions.FindATenderReleases + Uri.EscapeDataString(noticeId));
}
