using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Notices.Domain.Notices;

namespace Notices.Domain.Ocds;

/// <summary>
/// Renders a notice as the OCDS 1.1 release Find a Tender publishes for it, with the UK extension's
/// fields (<c>noticeType</c>, <c>amountGross</c>, <c>aboveThreshold</c>, <c>standstillPeriod</c>,
/// <c>specialRegime</c>). Written straight to UTF-8 without reflection.
/// </summary>
public static class OcdsReleaseWriter
{
    // Rendering is on the hot path of approval and publication: each thread keeps its buffer and its
    // compact writer, so a release costs little more than its own string.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? compactWriter;

    public static string Write(Notice notice, PublicationContext context) => Write(notice, context, indented: false);

    public static string Write(Notice notice, PublicationContext context, bool indented)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(context);
        if (PublishedAs(notice, context) is not { } published)
        {
            return Render(notice, context, indented, fresh: true);
        }

        // A notice read from Find a Tender: what the model holds is laid over the release as published,
        // so nothing Find a Tender published is lost and nothing it left out is added.
        var merged = notice is ReadOnlyNotice
            ? JsonNode.Parse(published.GetRawText())!
            : ReleaseOverlay.Merge(published, JsonNode.Parse(Render(notice, context, indented: false, fresh: false))!);
        return merged.ToJsonString(indented ? IndentedOptions : CompactOptions);
    }

    /// <summary>
    /// The release the notice was read from, when it is being rendered as that same release. A draft
    /// started from a published notice may carry that notice's release; published under its own notice
    /// id, it is a new release and is rendered fresh.
    /// </summary>
    private static JsonElement? PublishedAs(Notice notice, PublicationContext context) =>
        notice.PublishedRelease is { ValueKind: JsonValueKind.Object } published
        && published.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == context.NoticeId
            ? published
            : null;

    private static readonly JsonSerializerOptions IndentedOptions = new() { WriteIndented = true };
    private static readonly JsonSerializerOptions CompactOptions = new();

    private static string Render(Notice notice, PublicationContext context, bool indented, bool fresh)
    {
        if (notice is ReadOnlyNotice)
        {
            throw new NotSupportedException($"{notice.Type} is a notice this product reads from Find a Tender but does not draft, so it has no release of its own to render.");
        }

        var output = buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        output.ResetWrittenCount();
        if (indented)
        {
            using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
            new ReleaseWriter(json, notice, context, fresh).WriteRelease();
        }
        else
        {
            var json = compactWriter ??= new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true });
            json.Reset(output);
            new ReleaseWriter(json, notice, context, fresh).WriteRelease();
            json.Flush();
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
