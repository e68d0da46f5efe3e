using System.Text.Json;
using System.Text.RegularExpressions;
using Notices.Infra.Tests.Bicep;

namespace Notices.Infra.Tests;

/// <summary>
/// What a reviewer checks in the templates, one method per rule. Each returns the findings
/// (empty when the rule holds), so a test can show both that the repository passes and that a bad
/// snippet is caught.
/// </summary>
public static partial class InfraChecks
{
    public const string RoleAssignmentType = "Microsoft.Authorization/roleAssignments";
    public const string StorageAccountType = "Microsoft.Storage/storageAccounts";
    public const string ContainerType = "Microsoft.Storage/storageAccounts/blobServices/containers";
    public const string SiteType = "Microsoft.Web/sites";
    public const string PublishingPolicyType = "Microsoft.Web/sites/basicPublishingCredentialsPolicies";
    public const string SiteConfigType = "Microsoft.Web/sites/config";
    public const string AppInsightsType = "Microsoft.Insights/components";
    public const string WorkspaceType = "Microsoft.OperationalInsights/workspaces";
    public const string KeyVaultType = "Microsoft.KeyVault/vaults";

    /// <summary>Text that would put a storage key, SAS or connection string into a deployment.</summary>
    private static readonly string[] SecretMarkers =
    [
        "listKeys(", "listAccountSas(", "listServiceSas(", "AccountKey=", "DefaultEndpointsProtocol",
        "SharedAccessSignature=", "primaryKey", "secondaryKey", "InstrumentationKey=",
    ];

    /// <summary>Settings and properties Flex Consumption rejects or ignores.</summary>
    private static readonly string[] FlexDeprecated =
    [
        "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE",
        "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_CONTENTSHARE", "linuxFxVersion", "alwaysOn",
    ];

    /// <summary>Endings of setting names that say the value is a credential (compared without '_').</summary>
    private static readonly string[] SecretNameEndings = ["connectionstring", "key", "secret", "password", "token", "sas"];

    /// <summary>The one setting named like a credential that is not one: with local auth off it only names the endpoint.</summary>
    private const string TelemetryConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static IReadOnlyList<string> SecretsInText(string fileName, string text) =>
        SecretMarkers
            .Where(marker => text.Contains(marker, StringComparison.OrdinalIgnoreCase))
            .Select(marker => $"{fileName}: contains '{marker}'")
            .ToList();

    /// <summary>True for a site on Flex Consumption: its runtime and deployment are in functionAppConfig.</summary>
    public static bool IsFlexSite(BicepResource resource) =>
        resource.IsType(SiteType) && !resource.Existing && resource.Body.Has("properties.functionAppConfig");

    /// <summary>
    /// Settings and properties Flex Consumption rejects, named anywhere in a value: a Flex site's
    /// body, or the parameters a module passes to one. Comments (which explain why they are
    /// absent) are not part of a value, so they do not count.
    /// </summary>
    public static IReadOnlyList<string> FlexDeprecatedSettings(string where, BicepValue value)
    {
        var words = Words(value).ToList();
        return FlexDeprecated
            .Where(setting => words.Any(w => w.Contains(setting, StringComparison.OrdinalIgnoreCase)))
            .Select(setting => $"{where}: sets '{setting}', which Flex Consumption does not take")
            .ToList();
    }

    /// <summary>
    /// App settings (name to value) that hold or invite a secret: a bare AzureWebJobsStorage (a
    /// connection string), a value with a key or connection string in it, or a setting named like a
    /// credential whose value is not a Key Vault reference.
    /// </summary>
    public static IReadOnlyList<string> SecretSettings(string where, BicepObject settings)
    {
        var findings = new List<string>();
        foreach (var setting in settings.Properties)
        {
            var text = setting.Value is BicepExpression e ? e.Text : string.Join(' ', Words(setting.Value));
            var name = setting.Name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
            if (setting.Name == "AzureWebJobsStorage")
                findings.Add($"{where}: AzureWebJobsStorage holds a connection string; storage must be AzureWebJobsStorage__accountName with an identity");
            findings.AddRange(SecretMarkers
                .Where(marker => text.Contains(marker, StringComparison.OrdinalIgnoreCase))
                .Select(marker => $"{where}: {setting.Name} contains '{marker}'"));
            if (setting.Name == TelemetryConnectionString || !SecretNameEndings.Any(ending => name.EndsWith(ending, StringComparison.Ordinal)))
                continue;
            if (!text.StartsWith("'@Microsoft.KeyVault(", StringComparison.Ordinal))
                findings.Add($"{where}: {setting.Name} is named like a secret but is not a Key Vault reference");
        }
        return findings;
    }

    /// <summary>Every property name and expression text in a value.</summary>
    private static IEnumerable<string> Words(BicepValue value) => value switch
    {
        BicepObject o => o.Properties.SelectMany(p => Words(p.Value).Prepend(p.Name)),
        BicepArray a => a.Items.SelectMany(Words),
        BicepLoop l => Words(l.Body).Prepend(l.Header),
        BicepCondition c => Words(c.Body).Prepend(c.Condition),
        BicepExpression e => [e.Text],
        _ => [],
    };

    /// <summary>Every role assignment names one resource of the same file as its scope.</summary>
    public static IReadOnlyList<string> RoleAssignmentScopes(BicepDocument doc)
    {
        var findings = new List<string>();
        var symbols = doc.Resources.Where(r => !r.IsType(RoleAssignmentType)).Select(r => r.Symbol).ToHashSet();
        foreach (var assignment in doc.ResourcesOfType(RoleAssignmentType))
        {
            var scope = assignment.Body.At("scope") as BicepExpression;
            if (scope is null)
                findings.Add($"{doc.Name}: role assignment '{assignment.Symbol}' has no scope, so it applies to the whole resource group or subscription");
            else if (!scope.IsSymbol || !symbols.Contains(scope.Text))
                findings.Add($"{doc.Name}: role assignment '{assignment.Symbol}' is scoped to '{scope.Text}', which is not one resource declared in the file");
        }
        return findings;
    }

    /// <summary>The role definition ids granted in a file (GUID literals in files that assign roles).</summary>
    public static IReadOnlySet<string> GrantedRoleIds(BicepDocument doc) =>
        doc.ResourcesOfType(RoleAssignmentType).Any()
            ? GuidLiteral().Matches(doc.Text).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToHashSet()
            : new HashSet<string>();

    public static IReadOnlyList<string> UndescribedParameters(BicepDocument doc) =>
        doc.Parameters
            .Where(p => string.IsNullOrWhiteSpace(p.Description))
            .Select(p => $"{doc.Name}: parameter '{p.Name}' (line {p.Line}) has no @description")
            .ToList();

    public static IReadOnlyList<string> StorageHardening(BicepDocument doc)
    {
        var findings = new List<string>();
        foreach (var account in doc.ResourcesOfType(StorageAccountType).Where(r => !r.Existing))
        {
            Require(findings, doc, account, "properties.minimumTlsVersion", e => e.StringLiteral == "TLS1_2", "'TLS1_2'");
            Require(findings, doc, account, "properties.supportsHttpsTrafficOnly", e => e.IsTrue, "true");
            Require(findings, doc, account, "properties.allowSharedKeyAccess", e => e.IsFalse, "false");
            Require(findings, doc, account, "properties.allowBlobPublicAccess", e => e.IsFalse, "false");
        }
        foreach (var container in doc.ResourcesOfType(ContainerType).Where(r => !r.Existing))
            Require(findings, doc, container, "properties.publicAccess", e => e.StringLiteral == "None", "'None'");
        return findings;
    }

    public static IReadOnlyList<string> SiteHardening(BicepDocument doc)
    {
        var findings = new List<string>();
        foreach (var site in doc.ResourcesOfType(SiteType).Where(r => !r.Existing))
        {
            Require(findings, doc, site, "properties.httpsOnly", e => e.IsTrue, "true");
            Require(findings, doc, site, "properties.siteConfig.minTlsVersion", e => e.StringLiteral is "1.2" or "1.3", "'1.2' or later");
            Require(findings, doc, site, "properties.siteConfig.scmMinTlsVersion", e => e.StringLiteral is "1.2" or "1.3", "'1.2' or later");
            Require(findings, doc, site, "properties.siteConfig.ftpsState", e => e.StringLiteral == "Disabled", "'Disabled'");
            if (IsFlexSite(site))
            {
                Require(findings, doc, site, "properties.functionAppConfig.runtime.name", e => e.StringLiteral == "dotnet-isolated", "'dotnet-isolated'");
                Require(findings, doc, site, "properties.functionAppConfig.deployment.storage.authentication.type",
                    e => e.StringLiteral == "UserAssignedIdentity", "'UserAssignedIdentity'");
            }
            else
            {
                // Not on Flex, so the runtime is the Linux stack, and it must be .NET.
                Require(findings, doc, site, "properties.siteConfig.linuxFxVersion",
                    e => e.StringLiteral?.StartsWith("DOTNETCORE|", StringComparison.Ordinal) == true, "'DOTNETCORE|<version>'");
            }
            Require(findings, doc, site, "identity.type", e => e.StringLiteral == "UserAssigned", "'UserAssigned'");

            foreach (var policyName in new[] { "ftp", "scm" })
            {
                var policy = doc.ResourcesOfType(PublishingPolicyType).FirstOrDefault(p =>
                    (p.Body.At("parent") as BicepExpression)?.Text == site.Symbol
                    && (p.Body.At("name") as BicepExpression)?.StringLiteral == policyName);
                if (policy is null)
                    findings.Add($"{doc.Name}: site '{site.Symbol}' has no '{policyName}' basic publishing credentials policy");
                else
                    Require(findings, doc, policy, "properties.allow", e => e.IsFalse, "false");
            }
        }
        return findings;
    }

    public static IReadOnlyList<string> AuthenticationRequired(BicepDocument doc)
    {
        var findings = new List<string>();
        foreach (var auth in doc.ResourcesOfType(SiteConfigType)
                     .Where(r => (r.Body.At("name") as BicepExpression)?.StringLiteral == "authsettingsV2"))
        {
            Require(findings, doc, auth, "properties.platform.enabled", e => e.IsTrue, "true");
            Require(findings, doc, auth, "properties.globalValidation.requireAuthentication", e => e.IsTrue, "true");
            Require(findings, doc, auth, "properties.httpSettings.requireHttps", e => e.IsTrue, "true");
            Require(findings, doc, auth, "properties.identityProviders.azureActiveDirectory.enabled", e => e.IsTrue, "true");
        }
        return findings;
    }

    public static IReadOnlyList<string> MonitoringLocalAuth(BicepDocument doc)
    {
        var findings = new List<string>();
        foreach (var component in doc.ResourcesOfType(AppInsightsType).Where(r => !r.Existing))
            Require(findings, doc, component, "properties.DisableLocalAuth", e => e.IsTrue, "true");
        foreach (var workspace in doc.ResourcesOfType(WorkspaceType).Where(r => !r.Existing))
            Require(findings, doc, workspace, "properties.features.disableLocalAuth", e => e.IsTrue, "true");
        return findings;
    }

    public static IReadOnlyList<string> KeyVaultRbac(BicepDocument doc)
    {
        var findings = new List<string>();
        foreach (var vault in doc.ResourcesOfType(KeyVaultType).Where(r => !r.Existing))
        {
            Require(findings, doc, vault, "properties.enableRbacAuthorization", e => e.IsTrue, "true");
            if (vault.Body.Has("properties.accessPolicies"))
                findings.Add($"{doc.Name}: vault '{vault.Symbol}' has access policies; access is by RBAC only");
        }
        return findings;
    }

    /// <summary>Every module a file references exists, relative to the file's folder.</summary>
    public static IReadOnlyList<string> MissingModules(BicepDocument doc, string folder) =>
        doc.Modules
            .Where(m => !File.Exists(Path.Combine(folder, m.Path)))
            .Select(m => $"{doc.Name}: module '{m.Symbol}' refers to '{m.Path}', which does not exist")
            .ToList();

    /// <summary>
    /// Each resource type and API version a file declares is cited in the file as its
    /// learn.microsoft.com template reference page, so a reviewer can check every property.
    /// </summary>
    public static IReadOnlyList<string> MissingTemplateReferences(BicepDocument doc)
    {
        var findings = new List<string>();
        foreach (var group in doc.Resources.GroupBy(r => (Type: r.Type.ToLowerInvariant(), Version: r.ApiVersion)))
        {
            var provider = group.Key.Type.Split('/')[0];
            var path = string.Join('/', group.Key.Type.Split('/').Skip(1));
            var url = $"learn.microsoft.com/azure/templates/{provider}/{group.Key.Version}/{path}";
            if (!doc.Text.Contains(url, StringComparison.OrdinalIgnoreCase))
                findings.Add($"{doc.Name}: no reference to https://{url} for '{group.First().Symbol}'");
        }
        return findings;
    }

    /// <summary>The parameters file names only parameters the template declares, and every required one.</summary>
    public static IReadOnlyList<string> ParameterFileMismatches(BicepDocument template, string parametersJson)
    {
        using var json = JsonDocument.Parse(parametersJson);
        var supplied = json.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();
        var declared = template.Parameters.Select(p => p.Name).ToHashSet();
        var findings = supplied
            .Where(name => !declared.Contains(name))
            .Select(name => $"parameters file sets '{name}', which {template.Name} does not declare")
            .ToList();
        findings.AddRange(template.Parameters
            .Where(p => p.Default is null && !supplied.Contains(p.Name))
            .Select(p => $"{template.Name} requires '{p.Name}', which the parameters file does not set"));
        return findings;
    }

    private static void Require(
        List<string> findings, BicepDocument doc, BicepResource resource, string path, Func<BicepExpression, bool> ok, string expected)
    {
        var value = resource.Body.At(path);
        if (value is not BicepExpression expression || !ok(expression))
        {
            var actual = value is BicepExpression e ? e.Text : value is null ? "missing" : "not a plain value";
            findings.Add($"{doc.Name}: '{resource.Symbol}' {path} must be {expected} (is {actual})");
        }
    }

    [GeneratedRegex("'([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})'")]
    private static partial Regex GuidLiteral();
}
