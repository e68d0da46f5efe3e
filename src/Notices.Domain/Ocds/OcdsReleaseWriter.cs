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
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    public static string Write(Notice notice, PublicationContext context) => Write(notice, context, indented: false);

    public static string Write(Notice notice, PublicationContext context, bool indented)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(context);
        var output = buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        output.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, SkipValidation = !indented }))
        {
            new ReleaseWriter(json, notice, context).WriteRelease();
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
