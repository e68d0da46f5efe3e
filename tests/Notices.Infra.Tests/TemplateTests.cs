using System.Text.Json;
using System.Text.RegularExpressions;
using Notices.Infra.Tests.Bicep;

namespace Notices.Infra.Tests;

/// <summary>The repository's templates pass every reviewer check in <see cref="InfraChecks"/>.</summary>
public partial class TemplateTests
{
    private static readonly List<BicepDocument> Documents = RepositoryFiles.BicepFiles().Select(BicepDocument.Load).ToList();

    private static BicepDocument Main => Documents.Single(d => d.Name == "main.bicep");

    private static readonly string[] StorageKinds = ["containers", "queues", "tables"];

    /// <summary>The names in main.bicep's appStorage variable of one kind (containers, queues or tables).</summary>
    private static IEnumerable<string> AppStorageNames(string kind) =>
        ((BicepArray)Main.Variable("appStorage")!.Value.AsObject()!.At(kind)!).Items.Select(i => ((BicepExpression)i).StringLiteral!);

    private static BicepDocument Module(string name) => Documents.Single(d => d.Name == name);

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
    public void Templates_AnyFile_SetsNothingFlexConsumptionRejects()
    {
        Assert.Empty(Documents.SelectMany(d => InfraChecks.FlexDeprecatedSettings(d.Name, d.Text)));
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
            ["storageStorageAccounts"] = "st", ["webSitesFunctions"] = "func-", ["webServerFarms"] = "plan-",
            ["managedIdentityUserAssignedIdentities"] = "id-", ["keyVaultVaults"] = "kv-",
            ["operationalInsightsWorkspaces"] = "log-", ["insightsComponents"] = "appi-", ["resourcesResourceGroups"] = "rg-",
        };
        foreach (var (key, prefix) in expected)
            Assert.Equal(prefix, abbreviations.RootElement.GetProperty(key).GetString());

        foreach (var module in Main.Modules.Where(m => m.Body.Has("params.name")))
        {
            var name = (module.Body.At("params.name") as BicepExpression)!.Text;
            if (Main.Variable(name) is { } variable) name = ((BicepExpression)variable.Value).Text;
            Assert.Matches(@"^'\$\{abbrs\.\w+\}\$\{resourceToken\}'$", name);
        }
    }

    [Fact]
    public void Main_FunctionApp_HostStorageIsByManagedIdentity()
    {
        var settings = Main.Modules.Single(m => m.Symbol == "functionApp").Body.At("params.appSettings")?.AsObject();

        Assert.NotNull(settings);
        string Setting(string name) => (settings.At(name) as BicepExpression)?.Text ?? "missing";
        Assert.Equal("'managedidentity'", Setting("AzureWebJobsStorage__credential"));
        Assert.Equal("identity.outputs.clientId", Setting("AzureWebJobsStorage__clientId"));
        Assert.Equal("storage.outputs.name", Setting("AzureWebJobsStorage__accountName"));
        Assert.Equal("'true'", Setting("SignIn__TrustAppServicePrincipal"));
        Assert.Equal("buyerId", Setting("Forms__BuyerId"));
        Assert.Equal("buyerName", Setting("Forms__BuyerName"));
        Assert.Equal("storage.outputs.blobEndpoint", Setting("AzureWebJobsStorage__blobServiceUri"));
        Assert.Equal("storage.outputs.queueEndpoint", Setting("AzureWebJobsStorage__queueServiceUri"));
        Assert.Equal("storage.outputs.tableEndpoint", Setting("AzureWebJobsStorage__tableServiceUri"));
        Assert.DoesNotContain(settings.Properties, p => p.Name == "AzureWebJobsStorage");
        Assert.Equal("'ClientId=${identity.outputs.clientId};Authorization=AAD'", Setting("APPLICATIONINSIGHTS_AUTHENTICATION_STRING"));
        Assert.StartsWith("'@Microsoft.KeyVault(SecretUri=${keyVault.outputs.uri}secrets/", Setting("FindATender__ApiKey"), StringComparison.Ordinal);
    }

    [Fact]
    public void Main_Outputs_IncludeTheSiteUrl()
    {
        var uri = Main.Outputs.Single(o => o.Name == "SERVICE_API_URI");

        Assert.Equal("'https://${functionApp.outputs.defaultHostName}'", (uri.Value as BicepExpression)?.Text);
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
    public void AzureYaml_ApiService_IsTheFunctionAppTaggedForAzd()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "azure.yaml"));
        var tags = (Main.Modules.Single(m => m.Symbol == "functionApp").Body.At("params.tags") as BicepExpression)?.Text;

        Assert.Matches(@"(?m)^services:\n  api:\n", yaml);
        Assert.Matches(@"(?m)^    host: function$", yaml);
        Assert.Matches(@"(?m)^    language: custom$", yaml);
        Assert.Contains("'azd-service-name': 'api'", tags, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^        run: \./scripts/package\.sh$", yaml);
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
