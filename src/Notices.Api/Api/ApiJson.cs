using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Notices.Api;

/// <summary>
/// How the JSON API writes its answers: the workflow's camelCase and enum names, but with the
/// characters HTML gives meaning to (&lt; &gt; &amp; ' ") escaped, so text a user typed (a title
/// holding a script) stays inert even if a client pastes the JSON into a page. The workflow's own
/// stored records keep them readable because they are never served.
/// </summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static void Configure(JsonSerializerOptions options)
    {
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.Converters.Add(new JsonStringEnumConverter());
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
