using System.Text.Json;
using System.Text.Json.Nodes;

namespace NoticeFunctions.Triggers;

/// <summary>
/// Writes the Functions host's view of this app: one folder per function, named as the function,
/// holding its function.json. The publish step runs it (<c>NoticeFunctions write-function-app DIR</c>)
/// so the bindings come from the same constants the handler endpoints use.
/// </summary>
internal static class FunctionAppLayout
{
    public const string Command = "write-function-app";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The function.json of each function, by function name.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Functions() => new Dictionary<string, JsonObject>
    {
        [FunctionNames.Api] = ProxiedHttp(FunctionNames.ApiRoutePrefix),
        [FunctionNames.Web] = ProxiedHttp(FunctionNames.WebRoutePrefix),
    };

    // Exactly one httpTrigger and one http output, so the host proxies the request as it was sent. The
    // route starts with a literal segment, so the two functions' routes never overlap.
    private static JsonObject ProxiedHttp(string routePrefix) => Bindings(
        new JsonObject
        {
            ["type"] = "httpTrigger",
            ["direction"] = "in",
            ["name"] = "req",
            // App Service Authentication fronts the app; roles are checked by the app itself.
            ["authLevel"] = "anonymous",
            ["methods"] = new JsonArray("get", "post", "put", "patch", "delete", "head", "options"),
            ["route"] = routePrefix + "/{*path}",
        },
        new JsonObject { ["type"] = "http", ["direction"] = "out", ["name"] = "res" });

    /// <summary>Writes <c>{root}/{function}/function.json</c> for every function.</summary>
    public static IReadOnlyList<string> Write(string root)
    {
        var written = new List<string>();
        foreach (var (name, function) in Functions())
        {
            var folder = Path.Combine(root, name);
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, "function.json");
            File.WriteAllText(file, function.ToJsonString(Indented) + "\n");
            written.Add(file);
        }

        return written;
    }

    /// <summary>Handles <c>write-function-app DIR</c>; false when the arguments ask for something else.</summary>
    public static bool TryRun(string[] args)
    {
        if (args.Length == 0 || args[0] != Command)
        {
            return false;
        }

        if (args.Length != 2)
        {
            throw new ArgumentException($"Usage: NoticeFunctions {Command} <function app folder>");
        }

        foreach (var file in Write(args[1]))
        {
            Console.WriteLine($"wrote {file}");
        }

        return true;
    }

    private static JsonObject Bindings(params JsonObject[] bindings) =>
        new() { ["bindings"] = new JsonArray(bindings.Select(b => (JsonNode)b).ToArray()) };
}
