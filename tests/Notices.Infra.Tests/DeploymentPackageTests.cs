using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Notices.Infra.Tests.Bicep;

namespace Notices.Infra.Tests;

/// <summary>
/// The Flex Consumption deployment package that scripts/package.sh builds: a self-contained
/// linux-x64 handler that stays executable, host.json naming it, one folder per function whose
/// bindings are the app's own, and nothing secret or machine-specific.
/// </summary>
public class DeploymentPackageTests(DeploymentPackage package) : IClassFixture<DeploymentPackage>
{
    private const int UnixFileTypeMask = 0xF000;   // S_IFMT
    private const int UnixRegularFile = 0x8000;    // S_IFREG
    private const int UnixExecuteBits = 0x49;      // 0111: owner, group, others

    private ZipArchive Zip
    {
        get
        {
            Assert.True(package.ExitCode == 0, $"scripts/package.sh failed:\n{package.Log}");
            return package.Zip ?? throw new InvalidOperationException("scripts/package.sh wrote no zip");
        }
    }

    private JsonNode HostJson => JsonNode.Parse(ReadEntry("host.json"))!;

    private string ExecutablePath => HostJson["customHandler"]?["description"]?["defaultExecutablePath"]?.GetValue<string>()
        ?? throw new InvalidOperationException("host.json names no customHandler.description.defaultExecutablePath");

    private string ReadEntry(string name)
    {
        var entry = Zip.GetEntry(name) ?? throw new InvalidOperationException($"the package has no {name}");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The function folders: top-level folders holding a function.json, by name.</summary>
    private Dictionary<string, JsonNode> Functions() =>
        Zip.Entries
            .Where(e => e.FullName.Count(c => c == '/') == 1 && e.Name == "function.json")
            .ToDictionary(e => e.FullName.Split('/')[0], e => JsonNode.Parse(ReadEntry(e.FullName))!);

    [Fact]
    public void Package_HostJson_IsAtTheRootAndConfiguresTheCustomHandler()
    {
        var host = HostJson;

        Assert.Equal("2.0", host["version"]?.GetValue<string>());
        Assert.True(host["customHandler"]?["enableProxyingHttpRequest"]?.GetValue<bool>());
        Assert.Equal("", host["extensions"]?["http"]?["routePrefix"]?.GetValue<string>());
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "host.json")).Trim(), ReadEntry("host.json").Trim());
    }

    [Fact]
    public void Package_Handler_IsTheNamedExecutableWithItsExecuteBitsKept()
    {
        var entry = Zip.GetEntry(ExecutablePath);

        Assert.NotNull(entry);
        Assert.Equal("NoticeFunctions", entry.Name);
        var mode = (entry.ExternalAttributes >> 16) & 0xFFFF;
        Assert.Equal(UnixRegularFile, mode & UnixFileTypeMask);
        Assert.Equal(UnixExecuteBits, mode & UnixExecuteBits);
        Assert.True(entry.Length > 0);
        // A self-contained publish carries its runtime beside the executable.
        var folder = ExecutablePath[..(ExecutablePath.LastIndexOf('/') + 1)];
        Assert.NotNull(Zip.GetEntry(folder + "libcoreclr.so"));
        Assert.NotNull(Zip.GetEntry(folder + "NoticeFunctions.dll"));
    }

    [Fact]
    public void Package_Folder_IsExactlyWhatTheZipHolds()
    {
        // azd deploys the folder (azure.yaml dist); `az functionapp deployment source config-zip` the zip.
        var folder = Directory.GetFiles(package.Site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(package.Site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var zipped = Zip.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => e.FullName).Order(StringComparer.Ordinal);

        Assert.Equal(folder, zipped);
    }

    [Fact]
    public void Package_FunctionFolders_AreTheOnesTheHandlerItselfDescribes()
    {
        // The packaged handler writes its own function.json files; the package must hold exactly those.
        var scratch = Directory.CreateTempSubdirectory("function-app-");
        try
        {
            var (exitCode, log) = DeploymentPackage.Run(
                Path.Combine(package.Site, ExecutablePath), ["write-function-app", scratch.FullName], TimeSpan.FromMinutes(1));
            Assert.True(exitCode == 0, log);

            var described = Directory.GetDirectories(scratch.FullName)
                .ToDictionary(d => Path.GetFileName(d), d => JsonNode.Parse(File.ReadAllText(Path.Combine(d, "function.json")))!);
            var packaged = Functions();

            Assert.NotEmpty(packaged);
            Assert.Equal(described.Keys.Order(StringComparer.Ordinal), packaged.Keys.Order(StringComparer.Ordinal));
            foreach (var (name, function) in packaged)
                Assert.True(JsonNode.DeepEquals(described[name], function), $"{name}/function.json differs from what the handler describes");
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    [Fact]
    public void Package_FunctionBindings_AreOnesTheHostAndTheTemplatesSupport()
    {
        var main = BicepDocument.Load(RepositoryFiles.InfraPath("main.bicep"));
        var queues = ((BicepArray)main.Variable("appStorage")!.Value.AsObject()!.At("queues")!).Items
            .Select(i => ((BicepExpression)i).StringLiteral).ToHashSet();
        var settings = main.Modules.Single(m => m.Symbol == "functionApp").Body.At("params.appSettings")!.AsObject()!;
        var triggers = new List<string>();

        foreach (var (name, function) in Functions())
        {
            var bindings = function["bindings"]!.AsArray().Select(b => b!).ToList();
            var trigger = Assert.Single(bindings, b => b["type"]!.GetValue<string>().EndsWith("Trigger", StringComparison.Ordinal));
            var type = trigger["type"]!.GetValue<string>();
            triggers.Add(type);
            switch (type)
            {
                case "httpTrigger":
                    // Proxying applies only to exactly one httpTrigger and one http output.
                    Assert.Equal(["httpTrigger", "http"], bindings.Select(b => b["type"]!.GetValue<string>()));
                    break;
                case "queueTrigger":
                    Assert.Contains(trigger["queueName"]!.GetValue<string>(), queues);
                    var connection = trigger["connection"]?.GetValue<string>() ?? "AzureWebJobsStorage";
                    Assert.True(settings.Has($"{connection}__accountName"), $"{name} reads storage '{connection}', which the app settings do not configure");
                    break;
                case "timerTrigger":
                    Assert.Equal(6, trigger["schedule"]!.GetValue<string>().Split(' ').Length);
                    break;
                default:
                    Assert.Fail($"{name} has a {type}, which the templates do not provide for");
                    break;
            }
        }

        // Two proxied HTTP functions (the API under /api, the forms under /app); the workflow's work is the engine's.
        Assert.Equal(["httpTrigger", "httpTrigger"], triggers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Package_Contents_HoldNoSettingsFileSecretOrPathOfThisMachine()
    {
        var root = RepositoryFiles.Root;
        var markers = new[] { Encoding.UTF8.GetBytes(root), Encoding.Unicode.GetBytes(root) };
        var secrets = new[] { "AccountKey=", "DefaultEndpointsProtocol", "SharedAccessSignature=", "UseDevelopmentStorage=true" };
        var problems = new List<string>();

        foreach (var entry in Zip.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            if (entry.Name.StartsWith("local.settings", StringComparison.OrdinalIgnoreCase) || entry.Name.EndsWith(".pdb", StringComparison.Ordinal))
                problems.Add($"{entry.FullName} is shipped");

            using var stream = new MemoryStream();
            using (var source = entry.Open()) source.CopyTo(stream);
            var bytes = stream.ToArray();
            if (markers.Any(m => bytes.AsSpan().IndexOf(m) >= 0))
                problems.Add($"{entry.FullName} contains the path {root}");
            if (entry.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                var text = Encoding.UTF8.GetString(bytes);
                problems.AddRange(secrets.Where(s => text.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{entry.FullName} contains {s}"));
            }
        }

        Assert.Empty(problems);
    }
}
