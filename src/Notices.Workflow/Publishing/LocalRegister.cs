using System.Globalization;
using System.Text.Json.Nodes;
using Notices.Workflow.Law;

namespace Notices.Workflow.Publishing;

/// <summary>
/// The local register: writes each published notice as an OCDS release to the notices container, with a
/// notice id and (on a procurement's first publication) an ocid under the register's own local prefix. The
/// numbers are assigned by procurement and notice, and the blob is named by them and written create-only, so
/// however often the publishing work item is delivered there is one release and no number is used up twice;
/// a repeat reads the first one back and returns what it recorded.
/// </summary>
public sealed class LocalRegister(INoticeBlobStore blobs, INoticeNumbering numbering, TimeProvider clock)
    : INoticePublisher
{
    public async Task<PublicationReceipt> PublishAsync(PublicationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = BlobName(request);
        var published = clock.GetUtcNow();
        var year = ActRules.UkDate(published).Year;
        var number = await numbering.AssignAsync(
            year.ToString(CultureInfo.InvariantCulture), $"{request.ProcurementId.Value}/{request.NoticeKey}", cancellationToken).ConfigureAwait(false);
        var noticeId = string.Create(CultureInfo.InvariantCulture, $"{number:D6}-{year:D4}");
        var ocid = request.Ocid ?? await OcidAsync(request, cancellationToken).ConfigureAwait(false);
        var release = ActRules.RenderRelease(request.Content, ocid, noticeId, published);
        if (await blobs.CreateAsync(name, release, cancellationToken).ConfigureAwait(false))
        {
            return new PublicationReceipt(noticeId, ocid, published, name);
        }

        // Another delivery of the same work item published first: its release is the publication.
        var first = await blobs.ReadAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The release {name} exists but could not be read.");
        return Recorded(name, first);
    }

    public async Task<string> ReviseAsync(NoticeRevisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = $"{request.ProcurementId.Value}/{request.NoticeKey}.{request.Revision}.json";
        var release = ActRules.RenderRelease(request.Content, request.Original.Ocid, request.Original.NoticeId, clock.GetUtcNow());

        // A second delivery finds the revision written by the first and leaves it as it is.
        await blobs.CreateAsync(name, release, cancellationToken).ConfigureAwait(false);
        return name;
    }

    /// <summary>
    /// The local register's own prefix, never Find a Tender's: an ocid minted here says it is local, so it
    /// cannot be mistaken for (or collide with) a real one. The register allocates the six hexadecimal digits after it.
    /// </summary>
    public const string OcidPrefix = Notices.Domain.Notices.ProcurementOcid.LocalPrefix;

    public static string BlobName(PublicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.ProcurementId.Value}/{request.NoticeKey}.json";
    }

    private async Task<string> OcidAsync(PublicationRequest request, CancellationToken cancellationToken)
    {
        var number = await numbering.AssignAsync("ocid", request.ProcurementId.Value, cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture, $"{OcidPrefix}{number:x6}");
    }

    private static PublicationReceipt Recorded(string name, string release)
    {
        var json = JsonNode.Parse(release) ?? throw new InvalidOperationException($"The release {name} is empty.");
        return new PublicationReceipt(
            (string?)json["id"] ?? throw new InvalidOperationException($"The release {name} has no id."),
            (string?)json["ocid"] ?? throw new InvalidOperationException($"The release {name} has no ocid."),
            DateTimeOffset.Parse((string?)json["date"] ?? "", CultureInfo.InvariantCulture),
            name);
    }
}
