using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using NoticeFunctions.Forms;
using NoticeFunctions.Hosting;
using NoticeFunctions.Security;
using NoticeFunctions.Triggers;
using Notices.Azurite;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>The files the Functions host reads: the generated function.json files and the repository's host.json.</summary>
public sealed partial class FunctionAppLayoutTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("function-app-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_EveryFunction_OneFolderNamedAsTheFunctionHoldingItsFunctionJson()
    {
        var written = FunctionAppLayout.Write(_folder);

        Assert.Equal(2, written.Count);
        var folders = Directory.GetDirectories(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["api", "web"], folders);
        foreach (var folder in folders)
        {
            Assert.Matches(FunctionName(), folder!);
            Assert.NotEqual("host", folder, StringComparer.OrdinalIgnoreCase);
            foreach (var binding in Bindings(folder!))
            {
                var name = binding.GetProperty("name").GetString()!;
                Assert.True(BindingName().IsMatch(name) || name == "$return", $"binding name '{name}' in {folder}");
                Assert.True(binding.GetProperty("direction").GetString() is "in" or "out", $"direction of '{name}' in {folder}");
            }
        }
    }

    [Theory]
    [InlineData("api", "api/{*path}")]
    [InlineData("web", "app/{*path}")]
    public void Write_HttpFunction_IsOneLiteralPrefixedCatchAllAndOneHttpOutputSoTheHostProxiesIt(string function, string route)
    {
        FunctionAppLayout.Write(_folder);

        var bindings = Bindings(function);

        Assert.Equal(2, bindings.Count);
        var trigger = bindings.Single(b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString());
        var methods = trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains("get", methods);
        Assert.Contains("post", methods);
        Assert.Equal("out", bindings.Single(b => b.GetProperty("type").GetString() == "http").GetProperty("direction").GetString());
    }

    [Theory]
    [InlineData("/api/procurements", true)]
    [InlineData("/api/openapi.json", true)]
    [InlineData("/app", true)]
    [InlineData("/app/", true)]
    [InlineData("/app/procurements/p-1", true)]
    [InlineData("/ProcessWork", false)]
    [InlineData("/processwork", false)]
    [InlineData("/Sweep", false)]
    [InlineData("/", false)]
    public void HttpRoutes_UnderHostRoutePrefix_ReachTheAppOnlyUnderApiAndApp(string path, bool reachesTheApp)
    {
        FunctionAppLayout.Write(_folder);
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "host.json")));
        var prefix = host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString()!;

        // The host matches HTTP functions with ASP.NET Core route templates: "{routePrefix}/{route}".
        var matched = Directory.GetDirectories(_folder)
            .SelectMany(d => Bindings(Path.GetFileName(d)!))
            .Where(b => b.GetProperty("type").GetString() == "httpTrigger")
            .Select(b => string.IsNullOrEmpty(prefix) ? b.GetProperty("route").GetString()! : $"{prefix}/{b.GetProperty("route").GetString()}")
            .Any(template => new TemplateMatcher(TemplateParser.Parse(template), new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary()));

        Assert.Equal(reachesTheApp, matched);
    }

    [Fact]
    public void HostJson_AtRepositoryRoot_RunsThePublishedExecutableAsAProxyingCustomHandler()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "host.json")));
        var root = host.RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", root.GetProperty("extensionBundle").GetProperty("id").GetString());
        Assert.Equal("[4.*, 5.0.0)", root.GetProperty("extensionBundle").GetProperty("version").GetString());
        var handler = root.GetProperty("customHandler");
        Assert.True(handler.GetProperty("enableProxyingHttpRequest").GetBoolean());
        // The publish step puts the executable in app/ beside host.json (see the csproj's PublishDir).
        Assert.Equal("app/NoticeFunctions", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.Equal("app", handler.GetProperty("description").GetProperty("workingDirectory").GetString());
        // Empty: each HTTP function's route carries its own literal first segment (api/, app/).
        Assert.Equal("", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void LocalSettingsSample_AtRepositoryRoot_HasEverySettingWithDevelopmentStorage()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values");

        Assert.Equal("custom", values.GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
        Assert.Equal("UseDevelopmentStorage=true", values.GetProperty("AzureWebJobsStorage").GetString());
        Assert.Equal("true", values.GetProperty("AzureWebJobsDisableHomepage").GetString());
        Assert.Equal("false", values.GetProperty("SignIn__TrustAppServicePrincipal").GetString());
        Assert.Equal(7071, sample.RootElement.GetProperty("Host").GetProperty("LocalHttpPort").GetInt32());

        // Every setting the app binds, as an app setting (Section__Name); the port is the host's to give,
        // and the development users are a list kept in appsettings.Development.json.
        var settings = new[] { (HostingOptions.Section, typeof(HostingOptions)), (SignInOptions.Section, typeof(SignInOptions)), (WorkflowEngineOptions.Section, typeof(WorkflowEngineOptions)), (FormsOptions.Section, typeof(FormsOptions)) }
            .SelectMany(o => o.Item2.GetProperties().Where(p => p.CanWrite && (p.PropertyType.IsValueType || p.PropertyType == typeof(string))).Select(p => $"{o.Item1}__{p.Name}"))
            .Where(name => name is not "Hosting__CustomHandlerPort")
            .ToList();
        Assert.NotEmpty(settings);
        Assert.All(settings, name => Assert.True(values.TryGetProperty(name, out _), $"{name} is not in local.settings.sample.json"));
        var known = settings.Concat(["FUNCTIONS_WORKER_RUNTIME", "AzureWebJobsStorage", "AzureWebJobsDisableHomepage", "ASPNETCORE_ENVIRONMENT"]).ToHashSet(StringComparer.Ordinal);
        Assert.All(values.EnumerateObject(), setting => Assert.Contains(setting.Name, known));
    }

    private List<JsonElement> Bindings(string function)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, function, "function.json")));
        return document.RootElement.GetProperty("bindings").EnumerateArray().Select(b => b.Clone()).ToList();
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_-]{0,127}$")]
    private static partial Regex FunctionName();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9]{0,127}$")]
    private static partial Regex BindingName();
}
