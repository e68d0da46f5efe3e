using System.Text.Json;
using System.Text.Json.Serialization;

namespace Notices.Api;

/// <summary>
/// Reads a JSON request body, bounded, with a clear 4xx for each way it can be wrong: 415 for another content type,
/// 413 above the limit, 400 saying where the JSON is malformed, and 400 naming the field (by its JSON path) whose
/// value does not fit and what it may hold.
/// </summary>
internal static class JsonBody
{
    /// <summary>The largest body the API accepts: a notice's content is well below it.</summary>
    public const int MaxBytes = 256 * 1024;

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false), new Pounds.Converter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // A number is a JSON number: "7800000" in quotes is refused rather than read, so a value is given one way.
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                $"Send the body as application/json, not '{request.ContentType ?? "nothing"}'."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        var json = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (Malformed(json.Span) is { } malformed)
        {
            return (null, Problems.Validation(JsonBodyErrors.Body, malformed));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(json.Span, Options);
            return value is null
                ? (null, Problems.Validation(JsonBodyErrors.Body, "The body must be a JSON object."))
                : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, JsonBodyErrors.Explain(ex, typeof(T), Options));
        }
    }

    /// <summary>
    /// Why the body is not JSON at all, with where (reading it through before any field is looked at, so a syntax
    /// error is never blamed on the field before it), or null when it is well formed.
    /// </summary>
    private static string? Malformed(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException ex)
        {
            var ended = json[(int)reader.BytesConsumed..].Trim(" \t\r\n"u8).IsEmpty;
            var where = $"line {(ex.LineNumber ?? 0) + 1}, character {(ex.BytePositionInLine ?? 0) + 1}";
            return ended
                ? $"The body is not valid JSON: it ends at {where} before the JSON is complete. Check that every quote and bracket is closed."
                : $"The body is not valid JSON: something unexpected at {where}. Check for a missing or extra comma (none after the last item), a text not in double quotes, or a value that is not a number, text, true, false or null.";
        }
    }

    private static IResult TooLarge() =>
        Problems.Status(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is larger than {MaxBytes / 1024} KiB.");
}
