using Notices.Infra.Tests.Bicep;

namespace Notices.Infra.Tests;

public class BicepReaderTests
{
    private const string Sample = """
        // A comment with an apostrophe: it's ignored.
        targetScope = 'subscription'

        @description('Where (region) it goes; it\'s UK only')
        @allowed([
          'uksouth'
          'ukwest'
        ])
        param location string = 'uksouth'

        param count int

        var names = [
          'a'
          'b'
        ]

        resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'st${uniqueString(location)}'
          tags: union(tags, {
            'azd-service-name': 'api'
          })
          properties: {
            minimumTlsVersion: 'TLS1_2' // trailing comment
            networkAcls: { bypass: 'AzureServices', defaultAction: 'Allow' }
          }
        }

        resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
          name: 'kv'
        }

        resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for name in names: {
          name: name
          properties: {
            publicAccess: 'None'
          }
        }]

        resource optional 'Microsoft.Insights/components@2020-02-02' = if (count > 0) {
          name: 'appi'
        }

        module app 'modules/app.bicep' = {
          name: 'app'
          params: {
            setting: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/x/)'
          }
        }

        output URI string = 'https://${account.name}'
        """;

    [Fact]
    public void Parse_SampleFile_ReadsEveryDeclaration()
    {
        var doc = BicepDocument.Parse(Sample);

        Assert.Equal("subscription", doc.TargetScope);
        Assert.Equal(["location", "count"], doc.Parameters.Select(p => p.Name));
        Assert.Equal(["names"], doc.Variables.Select(v => v.Name));
        Assert.Equal(["account", "vault", "containers", "optional"], doc.Resources.Select(r => r.Symbol));
        Assert.Equal(["app"], doc.Modules.Select(m => m.Symbol));
        Assert.Equal(["URI"], doc.Outputs.Select(o => o.Name));
    }

    [Fact]
    public void Parse_Decorators_KeepsStringArgumentWithParenthesesAndQuotes()
    {
        var location = BicepDocument.Parse(Sample).Parameters[0];

        Assert.Equal("Where (region) it goes; it's UK only", location.Description);
        Assert.Equal(["description", "allowed"], location.Decorators.Select(d => d.Name));
        Assert.Equal("'uksouth'", (location.Default as BicepExpression)?.Text);
        Assert.Null(BicepDocument.Parse(Sample).Parameters[1].Description);
    }

    [Fact]
    public void Parse_NestedProperties_FoundByPath()
    {
        var account = BicepDocument.Parse(Sample).Resources[0];

        Assert.Equal("Microsoft.Storage/storageAccounts", account.Type);
        Assert.Equal("2023-05-01", account.ApiVersion);
        Assert.Equal("TLS1_2", (account.Body.At("properties.minimumTlsVersion") as BicepExpression)?.StringLiteral);
        Assert.Equal("Allow", (account.Body.At("properties.networkAcls.defaultAction") as BicepExpression)?.StringLiteral);
        Assert.Equal("union(tags, {\n    'azd-service-name': 'api'\n  })", (account.Body.At("tags") as BicepExpression)?.Text);
        Assert.Null(account.Body.At("properties.allowSharedKeyAccess"));
    }

    [Fact]
    public void Parse_LoopsConditionsAndExisting_ExposeTheirBodies()
    {
        var doc = BicepDocument.Parse(Sample);

        Assert.True(doc.Resources[1].Existing);
        var loop = Assert.IsType<BicepLoop>(doc.Resources[2].Value);
        Assert.Equal("for name in names", loop.Header);
        Assert.Equal("None", (doc.Resources[2].Body.At("properties.publicAccess") as BicepExpression)?.StringLiteral);
        var condition = Assert.IsType<BicepCondition>(doc.Resources[3].Value);
        Assert.Equal("count > 0", condition.Condition);
        Assert.Equal("appi", (doc.Resources[3].Body.At("name") as BicepExpression)?.StringLiteral);
    }

    [Fact]
    public void Parse_InterpolatedString_IsNotAPlainLiteral()
    {
        var setting = BicepDocument.Parse(Sample).Modules[0].Body.At("params.setting") as BicepExpression;

        Assert.NotNull(setting);
        Assert.StartsWith("'@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}", setting.Text, StringComparison.Ordinal);
        Assert.Null(setting.StringLiteral);
    }

    [Theory]
    [InlineData("resource x 'Microsoft.Web/sites' = {\n}\n", "line 1")]
    [InlineData("param a string\nresource x 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'x'\n", "no '}' closes the object")]
    [InlineData("var a = {\n  name 'x'\n}\n", "expected ':'")]
    [InlineData("var a = [\n  { name: 'x' } 'y'\n]\n", "expected a new line")]
    [InlineData("frobnicate x = 1\n", "unexpected 'frobnicate'")]
    [InlineData("var a = 'unterminated\n", "unterminated string")]
    public void Parse_MalformedInput_ThrowsNamingTheProblem(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => BicepDocument.Parse(text, "bad.bicep"));

        Assert.Contains("bad.bicep", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
