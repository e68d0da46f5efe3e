using Notices.Domain.Adoption;

namespace Notices.Testing;

/// <summary>Find a Tender at the edge of the tests: each release as a package of one, by notice id, and the ids asked for.</summary>
public sealed class FakeFindATender(IReadOnlyDictionary<string, string> releasesByNoticeId) : IFindATenderReleases
{
    public List<string> Requested { get; } = [];

    public Task<string?> GetReleasePackageAsync(string noticeId, CancellationToken cancellationToken)
    {
        Requested.Add(noticeId);
        return Task.FromResult(releasesByNoticeId.TryGetValue(noticeId, out var release)
            ? $$"""{"uri":"https://www.find-tender.service.gov.uk/api/1.0/ocdsReleasePackages/{{noticeId}}","releases":[{{release}}]}"""
            : null);
    }
}
