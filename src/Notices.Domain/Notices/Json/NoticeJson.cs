using System.Text.Json;

namespace Notices.Domain.Notices;

/// <summary>
/// The project's JSON form of a notice: camelCase, polymorphic on <c>noticeType</c>. It is what forms, the
/// API and the command line exchange, and what the workflow stores in its events.
/// </summary>
public static class NoticeJson
{
    public const string TypeProperty = "noticeType";

    /// <summary>The serializer's settings for the notice JSON, for describing it (the API's schema of each notice type).</summary>
    public static JsonSerializerOptions Options => NoticeJsonContext.Default.Options;

    private static readonly JsonSerializerOptions Indented =
        new(NoticeJsonContext.Default.Options) { WriteIndented = true };

    public static string Serialize(Notice notice) =>
        JsonSerializer.Serialize(notice, NoticeJsonContext.Default.Notice);

    public static string Serialize(Notice notice, bool indented) =>
        indented ? JsonSerializer.Serialize(notice, Indented.GetTypeInfo(typeof(Notice))) : Serialize(notice);

    /// <summary>Reads a notice; throws <see cref="NoticeFormatException"/> naming the field when it cannot.</summary>
    public static Notice Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, NoticeJsonContext.Default.Notice)
                ?? throw new NoticeFormatException("$", "expected a notice object but found null.");
        }
        catch (JsonException e)
        {
            throw NoticeJsonErrors.Explain(e, json);
        }
        catch (NotSupportedException e)
        {
            throw NoticeJsonErrors.Explain(e, json);
        }
    }
}
