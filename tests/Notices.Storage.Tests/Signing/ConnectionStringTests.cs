using Xunit;

namespace Notices.Storage.Tests.Signing;

public sealed class ConnectionStringTests
{
    [Fact]
    public void Parse_UseDevelopmentStorage_GivesAzuriteAccountAndDefaultEndpoints()
    {
        var parsed = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", parsed.AccountName);
        Assert.Equal(StorageConnectionString.DevelopmentAccountKey, parsed.AccountKey);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), parsed.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), parsed.QueueEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), parsed.TableEndpoint);
    }

    [Fact]
    public void Parse_KeyEndingInEquals_SplitsAtFirstEqualsOnly()
    {
        var parsed = StorageConnectionString.Parse("accountname=acct;ACCOUNTKEY=Zm9vYg==;EndpointSuffix=core.windows.net");

        Assert.Equal("Zm9vYg==", parsed.AccountKey);
        Assert.Equal(new Uri("https://acct.table.core.windows.net"), parsed.TableEndpoint);
    }

    [Fact]
    public void Parse_ExplicitEndpoints_OverrideDerivedOnes()
    {
        var parsed = StorageConnectionString.Parse(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Zm9vYmFy;BlobEndpoint=http://127.0.0.1:11000/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:11000/devstoreaccount1"), parsed.BlobEndpoint);
        Assert.Equal(new Uri("http://devstoreaccount1.queue.core.windows.net"), parsed.QueueEndpoint);
    }

    [Theory]
    [InlineData("AccountKey=Zm9vYmFy", "AccountName")]
    [InlineData("AccountName=acct", "AccountKey")]
    [InlineData("AccountName=acct;AccountKey=not base64!", "base64")]
    [InlineData("AccountName=acct;AccountKey=Zm9vYmFy;BlobEndpoint=not-a-url", "BlobEndpoint")]
    [InlineData("AccountName", "Key=Value")]
    public void Parse_Invalid_ThrowsNamingTheProblem(string connectionString, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => StorageConnectionString.Parse(connectionString));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidKey_NeverEchoesTheKey()
    {
        var error = Assert.Throws<ArgumentException>(() => StorageConnectionString.Parse("AccountName=acct;AccountKey=secret-not-base64"));

        Assert.DoesNotContain("secret-not-base64", error.Message, StringComparison.Ordinal);
    }
}
