using System.Text.Json;
using System.Text.Json.Serialization;

namespace Notices.Api;

/// <summary>
/// How the JSON API writes its answers: the workflow's camelCase and enum names, but with the
/// characters HTML gives meaning to (&lt; &gt; &amp; ' ") escaped, so text a user typed (a title
/// holding a script) stays inert even if a client pastes the JSON into a page, and '+' written plainly
/// so times read 2025-06-02T09:00:00+01:00 (see <see cref="PlainPlusEncoder"/>). The workflow's own
/// stored records keep them readable because they are never served.
/// </summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static void Configure(JsonSerializerOptions options)
    {
        options.Encoder = PlainPlusEncoder.Instance;
        // Numbers are JSON numbers, as JsonBody reads requests; so the API's description says number, not number or text.
        options.NumberHandling = JsonNumberHandling.Strict;
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
