using System.Globalization;
using System.Text.Json.Nodes;
using Notices.Workflow.Law;

namespace Notices.Workflow.Publishing;

/// <summary>
/// The local register: writes each published notice as an OCDS release to the notices container. The blob
/// is named by procurement and notice, and written create-only, so however often the publishing work item
/// is delivered there is one release; a repeat reads the first one back and returns what it recorded.
/// </summary>
public sealed class LocalRegister(INoticeBlobStore blobs, INoticeNumbering numbering, TimeProvider clock, LocalRegisterOptions options)
    : INoticePublisher
{
    public async Task<Publication> PublishAsync(PublicationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = BlobName(request);
        var existing = await blobs.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return Recorded(name, existing);
        }

        var published = clock.GetUtcNow();
        var year = ActRules.UkDate(published).Year;
        var number = await numbering.NextAsync(year, cancellationToken).ConfigureAwait(false);
        var noticeId = string.Create(CultureInfo.InvariantCulture, $"{number:D6}-{year:D4}");
        var ocid = request.Ocid ?? $"{options.OcidPrefix}-{request.ProcurementId.Value}";
        var release = ActRules.RenderRelease(request.Content, ocid, noticeId, published);
        if (await blobs.CreateAsync(name, release, cancellationToken).ConfigureAwait(false))
        {
            return new Publication(noticeId, ocid, published, name);
        }

        // Another delivery of the same work item published first: its release is the publication.
        var first = await blobs.ReadAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The release {name} exists but could not be read.");
        return Recorded(name, first);
    }

    public static string BlobName(PublicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.ProcurementId.Value}/{request.NoticeKey}.json";
    }

    private static Publication Recorded(string name, string release)
    {
        var json = JsonNode.Parse(release) ?? throw new InvalidOperationException($"The release {name} is empty.");
        return new Publication(
            (string?)json["id"] ?? throw new InvalidOperationException($"The release {name} has no id."),
            (string?)json["ocid"] ?? throw new InvalidOperationException($"The release {name} has no ocid."),
            DateTimeOffset.Parse((string?)json["date"] ?? "", CultureInfo.InvariantCulture),
            name);
    }
}
