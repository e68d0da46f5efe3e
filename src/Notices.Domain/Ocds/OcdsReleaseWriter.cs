using System.Buffers;
using System.Text;
using System.Text.Json;
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
        var output = buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        output.ResetWrittenCount();
        if (indented)
        {
            using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
            new ReleaseWriter(json, notice, context).WriteRelease();
        }
        else
        {
            var json = compactWriter ??= new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true });
            json.Reset(output);
            new ReleaseWriter(json, notice, context).WriteRelease();
            json.Flush();
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
