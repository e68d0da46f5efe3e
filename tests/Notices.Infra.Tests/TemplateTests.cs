using System.Text.Json;
using System.Text.RegularExpressions;
using Notices.Infra.Tests.Bicep;

namespace Notices.Infra.Tests;

/// <summary>The repository's templates pass every reviewer check in <see cref="InfraChecks"/>.</summary>
public partial class TemplateTests
{
    private static IReadOnlyList<BicepDocument> Documents => Templates.Documents;

    private static BicepDocument Main => Templates.Main;

    private static readonly string[] StorageKinds = ["containers", "queues", "tables"];

    /// <summary>The names in main.bicep's appStorage variable of one kind (containers, queues or tables).</summary>
    private static IEnumerable<string> AppStorageNames(string kind) =>
        ((BicepArray)Main.Variable("appStorage")!.Value.AsObject()!.At(kind)!).Items.Select(i => ((BicepExpression)i).StringLiteral!);

    private static BicepDocument Module(string name) => Templates.Module(name);

    public static TheoryData<string> BicepFileNames() => new(Documents.Select(d => d.Name));

    [Fact]
    public void Templates_EveryModuleFile_IsUsedByMainAndDeclaresResources()
    {
        var used = Main.Modules.Select(m => Path.GetFileName(m.Path)).ToHashSet();
        var files = Documents.Where(d => d != Main).ToList();

        Assert.Equal("subscription", Main.TargetScope);
        Assert.Equal(used.Order(StringComparer.Ordinal), files.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.All(files, d => Assert.NotEmpty(d.Resources));
    }

    [Fact]
    public void Templates_AnyFile_HasNoStorageKeyOrConnectionString()
    {
        var files = Directory.GetFiles(RepositoryFiles.Infra, "*", SearchOption.AllDirectories)
            .Append(Path.Combine(RepositoryFiles.Root, "azure.yaml"));

        var findings = files.SelectMany(f => InfraChecks.SecretsInText(Path.GetFileName(f), File.ReadAllText(f))).ToList();

        Assert.Empty(findings);
    }

    [Fact]
    public void Templates_FlexSitesAndWhatMainPassesThem_SetNothingFlexConsumptionRejects()
    {
        var flexFiles = Documents.Where(d => d.Resources.Any(InfraChecks.IsFlexSite)).ToList();
        var findings = flexFiles
            .SelectMany(d => d.Resources.Where(InfraChecks.IsFlexSite).SelectMany(r => InfraChecks.FlexDeprecatedSettings($"{d.Name} {r.Symbol}", r.Body)))
            .Concat(Main.Modules
                .Where(m => flexFiles.Any(d => d.Name == Path.GetFileName(m.Path)))
                .SelectMany(m => InfraChecks.FlexDeprecatedSettings($"main.bicep {m.Symbol}", m.Body)));

        Assert.Equal(["function-app.bicep"], flexFiles.Select(d => d.Name));
        Assert.Empty(findings);
    }

    [Fact]
    public void Templates_EveryAppSetting_HoldsNoSecretKeyOrConnectionString()
    {
        var apps = Main.Modules.Where(m => m.Body.Has("params.appSettings")).Select(m => m.Symbol).ToList();

        Assert.Equal(["functionApp", "webApp"], apps.Order(StringComparer.Ordinal));
        Assert.Empty(apps.SelectMany(a => InfraChecks.SecretSettings($"main.bicep {a}", Templates.AppSettings(a))));
    }

    [Theory]
    [MemberData(nameof(BicepFileNames))]
    public void Template_EachFile_PassesEveryResourceCheck(string name)
    {
        var doc = Module(name);

        var findings = InfraChecks.RoleAssignmentScopes(doc)
            .Concat(InfraChecks.UndescribedParameters(doc))
            .Concat(InfraChecks.StorageHardening(doc))
            .Concat(InfraChecks.SiteHardening(doc))
            .Concat(InfraChecks.AuthenticationRequired(doc))
            .Concat(InfraChecks.MonitoringLocalAuth(doc))
            .Concat(InfraChecks.KeyVaultRbac(doc))
            .Concat(InfraChecks.MissingModules(doc, name == "main.bicep" ? RepositoryFiles.Infra : RepositoryFiles.Modules))
            .Concat(InfraChecks.MissingTemplateReferences(doc))
            .ToList();

        Assert.Empty(findings);
    }

    [Fact]
    public void Templates_HardenedResources_AreActuallyDeclared()
    {
        // The per-file checks pass vacuously on a file without the resource; these must exist somewhere.
        foreach (var type in new[]
                 {
                     InfraChecks.StorageAccountType, InfraChecks.SiteType, InfraChecks.PublishingPolicyType, InfraChecks.SiteConfigType,
                     InfraChecks.AppInsightsType, InfraChecks.WorkspaceType, InfraChecks.KeyVaultType, InfraChecks.RoleAssignmentType,
                     "Microsoft.Web/serverfarms", "Microsoft.ManagedIdentity/userAssignedIdentities",
                 })
        {
            Assert.Contains(Documents, d => d.ResourcesOfType(type).Any(r => !r.Existing));
        }

        // Both apps: the Flex site and the web site, each with its own authsettingsV2.
        Assert.Equal(2, Documents.SelectMany(d => d.ResourcesOfType(InfraChecks.SiteType)).Count(r => !r.Existing));
        Assert.Equal(2, Documents.SelectMany(d => d.ResourcesOfType(InfraChecks.SiteConfigType))
            .Count(r => (r.Body.At("name") as BicepExpression)?.StringLiteral == "authsettingsV2"));
    }

    [Fact]
    public void Templates_RoleAssignments_GrantExactlyTheFiveRolesTheAppNeeds()
    {
        var granted = Documents.SelectMany(InfraChecks.GrantedRoleIds).ToHashSet();

        Assert.Equal(
            new HashSet<string>
            {
                "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", // Storage Blob Data Owner
                "974c5e8b-45b9-4653-ba55-5f855dd0fb88", // Storage Queue Data Contributor
                "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", // Storage Table Data Contributor
                "4633458b-17de-408a-b874-0445c86b69e6", // Key Vault Secrets User
                "3913510d-42f4-4e42-8a64-420c390055eb", // Monitoring Metrics Publisher
            },
            granted);
        Assert.All(Documents.SelectMany(d => d.ResourcesOfType(InfraChecks.RoleAssignmentType)), r =>
            Assert.Equal("ServicePrincipal", (r.Body.At("properties.principalType") as BicepExpression)?.StringLiteral));
    }

    [Fact]
    public void ParametersFile_EveryEntry_MatchesMainParameters()
    {
        var json = File.ReadAllText(RepositoryFiles.InfraPath("main.parameters.json"));

        Assert.Empty(InfraChecks.ParameterFileMismatches(Main, json));
    }

    [Fact]
    public void Main_Location_DefaultsToUkSouthAndAllowsOnlyUkRegions()
    {
        var location = Main.Parameters.Single(p => p.Name == "location");

        Assert.Equal("uksouth", (location.Default as BicepExpression)?.StringLiteral);
        var allowed = location.Decorators.Single(d => d.Name == "allowed").Arguments;
        Assert.Equal(["uksouth", "ukwest"], QuotedWords().Matches(allowed).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void Main_ResourceNames_UseAzdAbbreviationsAndTheResourceToken()
    {
        using var abbreviations = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.InfraPath("abbreviations.json")));
        var expected = new Dictionary<string, string>
        {
            ["storageStorageAccounts"] = "st", ["webSitesFunctions"] = "func-", ["webSitesAppService"] = "app-", ["webServerFarms"] = "plan-",
            ["managedIdentityUserAssignedIdentities"] = "id-", ["keyVaultVaults"] = "kv-",
            ["operationalInsightsWorkspaces"] = "log-", ["insightsComponents"] = "appi-", ["resourcesResourceGroups"] = "rg-",
        };
        foreach (var (key, prefix) in expected)
            Assert.Equal(prefix, abbreviations.RootElement.GetProperty(key).GetString());

        foreach (var module in Main.Modules.Where(m => m.Body.Has("params.name")))
        {
            var name = (module.Body.At("params.name") as BicepExpression)!.Text;
            if (Main.Variable(name) is { } variable) name = ((BicepExpression)variable.Value).Text;
            // The second of two resources of a kind (the web app's plan and identity) says whose it is.
            Assert.Matches(@"^'\$\{abbrs\.\w+\}(web-)?\$\{resourceToken\}'$", name);
        }
    }

    [Fact]
    public void Main_AppStorage_NamesAreValidAzureNames()
    {
        Assert.All(AppStorageNames("containers"), n => Assert.Matches("^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", n));
        Assert.All(AppStorageNames("queues"), n => Assert.Matches("^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", n));
        Assert.All(AppStorageNames("tables"), n => Assert.Matches("^[A-Za-z][A-Za-z0-9]{2,62}$", n));
    }

    [Fact]
    public void Main_AppStorage_EveryNameIsOneTheAppsCodeUses()
    {
        // A name the code never mentions is a container, queue or table provisioned for nothing,
        // or one the app has renamed: either way the list in main.bicep is out of date.
        var literals = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => CSharpStringLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase); // table names are case-insensitive, and composed in code
        var names = StorageKinds.SelectMany(AppStorageNames);

        Assert.All(names, name => Assert.Contains(name, literals));
    }

    [Fact]
    public void AppRegistration_AppRoles_AreTheThreeRolesWithUniqueIds()
    {
        using var roles = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.InfraPath("entra", "app-roles.json")));
        var items = roles.RootElement.EnumerateArray().ToList();

        Assert.Equal(["Commissioner", "Approver", "Administrator"], items.Select(r => r.GetProperty("value").GetString()));
        Assert.Equal(3, items.Select(r => Guid.Parse(r.GetProperty("id").GetString()!)).Distinct().Count());
        Assert.All(items, r =>
        {
            Assert.Equal(["User"], r.GetProperty("allowedMemberTypes").EnumerateArray().Select(t => t.GetString()));
            Assert.True(r.GetProperty("isEnabled").GetBoolean());
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("description").GetString()));
        });
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex QuotedWords();

    [GeneratedRegex("\"([a-z][a-z0-9-]{2,62})\"", RegexOptions.IgnoreCase)]
    private static partial Regex CSharpStringLiteral();
}
