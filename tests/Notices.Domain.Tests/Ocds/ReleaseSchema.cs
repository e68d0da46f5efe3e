using System.Text.Json.Nodes;
using NJsonSchema;

namespace Notices.Domain.Tests.Ocds;

/// <summary>
/// The OCDS 1.1 release schema with Find a Tender's UK extension merged in, as OCDS extensions are
/// applied (a JSON Merge Patch of the extension's release-schema.json onto the core schema).
/// </summary>
public static class ReleaseSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static ICollection<NJsonSchema.Validation.ValidationError> Validate(string releaseJson) => Schema.Value.Validate(releaseJson);

    private static JsonSchema Load()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Ocds", "Schema");
        var core = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "release-schema.json")))!.AsObject();
        var extension = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "uk-extension", "release-schema.json")))!.AsObject();
        MergePatch(core, extension);

        // The UK extension builds on the location extension, which defines Location; that extension is
        // not part of the vendored schema, so an open object stands in for it and the reference resolves.
        core["definitions"]!.AsObject().TryAdd("Location", new JsonObject { ["type"] = "object" });
        return JsonSchema.FromJsonAsync(core.ToJsonString()).GetAwaiter().GetResult();
    }

    private static void MergePatch(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch.ToList())
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject patchObject && target[name] is JsonObject targetObject)
            {
                MergePatch(targetObject, patchObject);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
    }
}
