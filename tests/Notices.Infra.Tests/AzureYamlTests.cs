using System.Text.RegularExpressions;

namespace Notices.Infra.Tests;

/// <summary>azure.yaml: the two services azd builds and deploys, each to the resource tagged for it.</summary>
public partial class AzureYamlTests
{
    private static readonly string Yaml = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "azure.yaml")).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The lines of one service's block under services:, keyed by their setting.</summary>
    private static Dictionary<string, string> Service(string name)
    {
        var block = ServiceBlock().Matches(Yaml).SingleOrDefault(m => m.Groups["name"].Value == name)
            ?? throw new InvalidOperationException($"azure.yaml has no service '{name}'");
        return block.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Trim().Split(':', 2))
            .ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1].Trim() : "");
    }

    [Fact]
    public void Services_AreExactlyApiAndWeb()
    {
        Assert.Matches(@"(?m)^services:\n", Yaml);
        Assert.Equal(["api", "web"], ServiceBlock().Matches(Yaml).Select(m => m.Groups["name"].Value));
    }

    [Fact]
    public void Api_IsTheIsolatedWorkerProjectOnAFunctionApp()
    {
        var api = Service("api");

        Assert.Equal("./src/NoticeFunctions", api["project"]);
        Assert.Equal("dotnet", api["language"]);
        Assert.Equal("function", api["host"]);
    }

    [Fact]
    public void Web_IsTheFormsProjectOnAppService()
    {
        var web = Service("web");

        Assert.Equal("./src/Notices.WebApp", web["project"]);
        Assert.Equal("dotnet", web["language"]);
        Assert.Equal("appservice", web["host"]);
    }

    [Fact]
    public void Services_EachMatchATaggedResource()
    {
        Assert.Contains("'azd-service-name': 'api'", Templates.Param("functionApp", "tags"), StringComparison.Ordinal);
        Assert.Contains("'azd-service-name': 'web'", Templates.Param("webApp", "tags"), StringComparison.Ordinal);
    }

    [Fact]
    public void Packaging_IsPlainDotnetPublish_WithNoHookOrScript()
    {
        // The custom handler's packaging script is gone; azd publishes both projects itself.
        Assert.DoesNotContain("hooks:", Yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("dist:", Yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("language: custom", Yaml, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(RepositoryFiles.Root, "scripts", "package.sh")));
    }

    /// <summary>A service under services: (two-space indent) and its four-space-indented lines.</summary>
    [GeneratedRegex(@"(?m)^  (?<name>[a-z][a-z0-9-]*):\n(?<body>(?:^    .*\n?)+)")]
    private static partial Regex ServiceBlock();
}
