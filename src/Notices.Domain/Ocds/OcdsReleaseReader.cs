using System.Text.Json;
using Notices.Domain.Notices;

namespace Notices.Domain.Ocds;

/// <summary>
/// Reads a release Find a Tender published (or a release package holding one release) into the notice
/// model, so that a procurement already under way can be adopted. The notice type comes from
/// <c>documents[].noticeType</c>, the only place Find a Tender states it reliably.
/// </summary>
public static class OcdsReleaseReader
{
    /// <summary>Reads the release; throws <see cref="NoticeFormatException"/> naming the field when it cannot.</summary>
    public static Notice Read(string releaseJson)
    {
        ArgumentNullException.ThrowIfNull(releaseJson);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(releaseJson);
        }
        catch (JsonException e)
        {
            throw new NoticeFormatException("$", $"the file is not valid JSON (line {e.LineNumber + 1}, character {e.BytePositionInLine + 1}).", e);
        }

        using (document)
        {
            return new ReleaseReader(Release(new ReleaseNode(document.RootElement, string.Empty))).Read();
        }
    }

    private static ReleaseNode Release(ReleaseNode root)
    {
        if (root.Element.ValueKind != JsonValueKind.Object)
        {
            throw new NoticeFormatException("$", "expected an OCDS release, an object in braces.");
        }

        if (root.Get("releases") is null)
        {
            return root;
        }

        var releases = root.Array("releases").ToList();
        return releases.Count == 1
            ? releases[0]
            : throw new NoticeFormatException("releases", $"the package holds {releases.Count} releases; import them one at a time.");
    }
}
