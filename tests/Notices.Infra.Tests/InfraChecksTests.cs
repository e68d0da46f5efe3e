using Notices.Infra.Tests.Bicep;

namespace Notices.Infra.Tests;

/// <summary>Each reviewer check catches a bad snippet, so its passing on the repository means something.</summary>
public class InfraChecksTests
{
    private static BicepDocument Doc(string text) => BicepDocument.Parse(text, "bad.bicep");

    [Theory]
    [InlineData("value: listKeys(st.id, '2023-05-01').keys[0].value", "listKeys(")]
    [InlineData("value: 'DefaultEndpointsProtocol=https;AccountName=x'", "DefaultEndpointsProtocol")]
    [InlineData("value: 'AccountName=x;AccountKey=abc'", "AccountKey=")]
    [InlineData("value: st.listAccountSas('2023-05-01', {})", "listAccountSas(")]
    public void SecretsInText_KeyOrConnectionString_IsFound(string text, string marker)
    {
        var finding = Assert.Single(InfraChecks.SecretsInText("bad.bicep", text));

        Assert.Contains(marker, finding, StringComparison.Ordinal);
    }

    [Fact]
    public void FlexDeprecatedSettings_WorkerRuntimeSetting_IsFoundButNotInAComment()
    {
        var doc = Doc("""
            module app 'modules/function-app.bicep' = {
              params: {
                // FUNCTIONS_WORKER_RUNTIME must not be set (https://learn.microsoft.com)
                appSettings: {
                  FUNCTIONS_WORKER_RUNTIME: 'dotnet-isolated'
                }
              }
            }
            module good 'modules/function-app.bicep' = {
              params: {
                // FUNCTIONS_WORKER_RUNTIME must not be set
                name: 'func'
              }
            }
            """);

        Assert.Single(InfraChecks.FlexDeprecatedSettings("bad.bicep", doc.Modules[0].Body));
        Assert.Empty(InfraChecks.FlexDeprecatedSettings("good.bicep", doc.Modules[1].Body));
    }

    [Fact]
    public void FlexDeprecatedSettings_LinuxFxVersionOnAFlexSite_IsFoundAndOnlyFlexSitesAreFlex()
    {
        var doc = Doc("""
            resource func 'Microsoft.Web/sites@2024-04-01' = {
              properties: {
                siteConfig: {
                  linuxFxVersion: 'DOTNET-ISOLATED|10.0'
                  alwaysOn: true
                }
                functionAppConfig: {
                  runtime: {
                    name: 'dotnet-isolated'
                  }
                }
              }
            }
            resource web 'Microsoft.Web/sites@2024-04-01' = {
              properties: {
                siteConfig: {
                  linuxFxVersion: 'DOTNETCORE|10.0'
                }
              }
            }
            """);

        Assert.Equal(2, InfraChecks.FlexDeprecatedSettings("bad.bicep", doc.Resources[0].Body).Count);
        Assert.True(InfraChecks.IsFlexSite(doc.Resources[0]));
        Assert.False(InfraChecks.IsFlexSite(doc.Resources[1]));
    }

    [Theory]
    [InlineData("AzureWebJobsStorage: storageConnection", "AzureWebJobsStorage holds a connection string")]
    [InlineData("Storage__connectionString: 'DefaultEndpointsProtocol=https;AccountName=x'", "contains 'DefaultEndpointsProtocol'")]
    [InlineData("Notify__ApiKey: notifyApiKey", "Notify__ApiKey is named like a secret but is not a Key Vault reference")]
    [InlineData("Auth__ClientSecret: 'hunter2'", "Auth__ClientSecret is named like a secret")]
    [InlineData("Telemetry: 'InstrumentationKey=00000000-0000-0000-0000-000000000000'", "contains 'InstrumentationKey='")]
    public void SecretSettings_SecretOrConnectionString_IsFound(string line, string expected)
    {
        var settings = Doc($"var settings = {{\n  {line}\n}}\n").Variable("settings")!.Value.AsObject()!;

        var findings = InfraChecks.SecretSettings("bad.bicep", settings);

        Assert.Contains(findings, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void SecretSettings_IdentitySettingsAndKeyVaultReferences_Pass()
    {
        var settings = Doc("""
            var settings = {
              AzureWebJobsStorage__accountName: storage.outputs.name
              AzureWebJobsStorage__credential: 'managedidentity'
              APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.outputs.connectionString
              FindATender__ApiKey: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.uri}secrets/x/)'
              Api__BaseUrl: 'https://${functionApp.outputs.defaultHostName}/'
            }
            """).Variable("settings")!.Value.AsObject()!;

        Assert.Empty(InfraChecks.SecretSettings("good.bicep", settings));
    }

    [Theory]
    [InlineData("", "has no scope")]
    [InlineData("  scope: resourceGroup()\n", "is scoped to 'resourceGroup()'")]
    [InlineData("  scope: elsewhere\n", "is scoped to 'elsewhere'")]
    public void RoleAssignmentScopes_NotOneResourceOfTheFile_IsFound(string scopeLine, string expected)
    {
        var doc = Doc($$"""
            resource st 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
              name: 'st'
            }
            resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
              name: guid('x')
            {{scopeLine}}  properties: {
                principalId: 'p'
              }
            }
            """);

        var finding = Assert.Single(InfraChecks.RoleAssignmentScopes(doc));

        Assert.Contains(expected, finding, StringComparison.Ordinal);
    }

    [Fact]
    public void RoleAssignmentScopes_ScopedToAResourceOfTheFile_Passes()
    {
        var doc = Doc("""
            resource st 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
              name: 'st'
            }
            resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
              scope: st
            }
            """);

        Assert.Empty(InfraChecks.RoleAssignmentScopes(doc));
    }

    [Fact]
    public void UndescribedParameters_MissingOrEmptyDescription_IsFound()
    {
        var doc = Doc("""
            @minLength(1)
            param a string
            @description('')
            param b string
            @description('Described.')
            param c string
            """);

        Assert.Equal(2, InfraChecks.UndescribedParameters(doc).Count);
    }

    [Fact]
    public void StorageHardening_WeakAccount_FindsEachWeakness()
    {
        var doc = Doc("""
            resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
              name: 'st'
              properties: {
                minimumTlsVersion: 'TLS1_0'
                allowSharedKeyAccess: true
              }
            }
            resource c 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
              name: 'c'
              properties: {
                publicAccess: 'Blob'
              }
            }
            """);

        var findings = InfraChecks.StorageHardening(doc);

        Assert.Equal(5, findings.Count);
        Assert.Contains(findings, f => f.Contains("minimumTlsVersion must be 'TLS1_2' (is 'TLS1_0')", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("supportsHttpsTrafficOnly must be true (is missing)", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("allowSharedKeyAccess must be false", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("allowBlobPublicAccess must be false", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("publicAccess must be 'None'", StringComparison.Ordinal));
    }

    [Fact]
    public void SiteHardening_OpenSite_FindsTlsHttpsAndFtp()
    {
        var doc = Doc("""
            resource site 'Microsoft.Web/sites@2024-04-01' = {
              name: 'func'
              properties: {
                httpsOnly: false
                siteConfig: {
                  minTlsVersion: '1.0'
                  scmMinTlsVersion: '1.2'
                  ftpsState: 'AllAllowed'
                }
                functionAppConfig: {
                  deployment: {
                    storage: {
                      authentication: {
                        type: 'StorageAccountConnectionString'
                      }
                    }
                  }
                  runtime: {
                    name: 'custom'
                  }
                }
              }
            }
            resource ftp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
              parent: site
              name: 'ftp'
              properties: {
                allow: true
              }
            }
            """);

        var findings = InfraChecks.SiteHardening(doc);

        Assert.Contains(findings, f => f.Contains("httpsOnly must be true", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("minTlsVersion must be '1.2' or later (is '1.0')", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("ftpsState must be 'Disabled'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("runtime.name must be 'dotnet-isolated' (is 'custom')", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("identity.type must be 'UserAssigned' (is missing)", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("authentication.type must be 'UserAssignedIdentity'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("'ftp' properties.allow must be false", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("no 'scm' basic publishing credentials policy", StringComparison.Ordinal));
        Assert.Equal(8, findings.Count);
    }

    [Fact]
    public void SiteHardening_WebAppWithoutDotnetStack_IsFound()
    {
        var doc = Doc("""
            resource web 'Microsoft.Web/sites@2024-04-01' = {
              identity: {
                type: 'UserAssigned'
              }
              properties: {
                httpsOnly: true
                siteConfig: {
                  linuxFxVersion: 'NODE|22-lts'
                  minTlsVersion: '1.2'
                  scmMinTlsVersion: '1.2'
                  ftpsState: 'Disabled'
                }
              }
            }
            resource ftp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
              parent: web
              name: 'ftp'
              properties: {
                allow: false
              }
            }
            resource scm 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
              parent: web
              name: 'scm'
              properties: {
                allow: false
              }
            }
            """);

        var finding = Assert.Single(InfraChecks.SiteHardening(doc));

        Assert.Contains("linuxFxVersion must be 'DOTNETCORE|<version>' (is 'NODE|22-lts')", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthenticationRequired_AnonymousAllowed_IsFound()
    {
        var doc = Doc("""
            resource auth 'Microsoft.Web/sites/config@2024-04-01' = {
              name: 'authsettingsV2'
              properties: {
                platform: {
                  enabled: true
                }
                globalValidation: {
                  requireAuthentication: false
                }
                httpSettings: {
                  requireHttps: true
                }
                identityProviders: {
                  azureActiveDirectory: {
                    enabled: true
                  }
                }
              }
            }
            """);

        var finding = Assert.Single(InfraChecks.AuthenticationRequired(doc));

        Assert.Contains("requireAuthentication must be true", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void MonitoringLocalAuth_LocalAuthLeftOn_IsFoundForBoth()
    {
        var doc = Doc("""
            resource appi 'Microsoft.Insights/components@2020-02-02' = {
              name: 'appi'
              properties: {
                DisableLocalAuth: false
              }
            }
            resource log 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
              name: 'log'
              properties: {
                retentionInDays: 30
              }
            }
            """);

        Assert.Equal(2, InfraChecks.MonitoringLocalAuth(doc).Count);
    }

    [Fact]
    public void KeyVaultRbac_AccessPolicyVault_IsFound()
    {
        var doc = Doc("""
            resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
              name: 'kv'
              properties: {
                enableRbacAuthorization: false
                accessPolicies: [
                  {
                    objectId: 'x'
                  }
                ]
              }
            }
            """);

        Assert.Equal(2, InfraChecks.KeyVaultRbac(doc).Count);
    }

    [Fact]
    public void MissingModules_PathThatDoesNotExist_IsFound()
    {
        var doc = Doc("""
            module gone 'modules/not-there.bicep' = {
              name: 'gone'
            }
            module here 'identity.bicep' = {
              name: 'here'
            }
            """);

        var finding = Assert.Single(InfraChecks.MissingModules(doc, RepositoryFiles.Modules));

        Assert.Contains("not-there.bicep", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTemplateReferences_UncitedTypeOrVersion_IsFound()
    {
        var doc = Doc("""
            // https://learn.microsoft.com/azure/templates/microsoft.web/2023-01-01/sites?pivots=deployment-language-bicep
            // https://learn.microsoft.com/azure/templates/microsoft.keyvault/2023-07-01/vaults
            resource site 'Microsoft.Web/sites@2024-04-01' = {
              name: 'func'
            }
            resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
              name: 'kv'
            }
            """);

        var finding = Assert.Single(InfraChecks.MissingTemplateReferences(doc));

        Assert.Contains("microsoft.web/2024-04-01/sites", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterFileMismatches_UnknownAndMissingParameters_AreFound()
    {
        var doc = Doc("""
            @description('Needed.')
            param needed string
            @description('Optional.')
            param optional string = 'x'
            """);

        var findings = InfraChecks.ParameterFileMismatches(doc, """{ "parameters": { "typo": { "value": "x" } } }""");

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Contains("'typo'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("'needed'", StringComparison.Ordinal));
    }

    [Fact]
    public void GrantedRoleIds_OwnerRoleSneakedIn_IsReported()
    {
        var doc = Doc("""
            var roles = [
              '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'
            ]
            resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for r in roles: {
              name: guid(r)
            }]
            """);

        Assert.Equal(["8e3af657-a8ff-443c-a75c-2fe8c4bcb635"], InfraChecks.GrantedRoleIds(doc));
    }
}
