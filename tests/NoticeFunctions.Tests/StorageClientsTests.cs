using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Notices.Api.Hosting;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>Which account and credential the app's storage clients are built for, from the settings the Functions host reads too.</summary>
public sealed class StorageClientsTests
{
    private static readonly TokenCredential Identity = new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);

    [Fact]
    public void Clients_DevelopmentStorage_ReachAzuriteOnItsDevelopmentPorts()
    {
        var settings = new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" };

        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", StorageClients.Blobs(settings, new BlobClientOptions(), Identity).Uri.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1", StorageClients.Queues(settings, new QueueClientOptions(), Identity).Uri.ToString().TrimEnd('/'));
        Assert.Equal("devstoreaccount1", StorageClients.Tables(settings, new TableClientOptions(), Identity).AccountName);
    }

    [Fact]
    public void Clients_AccountNameOnly_ReachItsStandardEndpointsWithTheIdentity()
    {
        var settings = new StorageOptions { AccountName = "stnotices01" };

        Assert.Equal(new Uri("https://stnotices01.blob.core.windows.net/"), StorageClients.Blobs(settings, new BlobClientOptions(), Identity).Uri);
        Assert.Equal(new Uri("https://stnotices01.queue.core.windows.net/"), StorageClients.Queues(settings, new QueueClientOptions(), Identity).Uri);
        Assert.Equal("stnotices01", StorageClients.Tables(settings, new TableClientOptions(), Identity).AccountName);
    }

    [Fact]
    public void Clients_ExplicitServiceUri_IsUsedForThatService()
    {
        var settings = new StorageOptions { AccountName = "stnotices01", BlobServiceUri = new Uri("https://blobs.example.net/") };

        Assert.Equal(new Uri("https://blobs.example.net/"), StorageClients.Blobs(settings, new BlobClientOptions(), Identity).Uri);
        Assert.Equal(new Uri("https://stnotices01.queue.core.windows.net/"), StorageClients.Queues(settings, new QueueClientOptions(), Identity).Uri);
    }

    [Fact]
    public void Clients_ServiceUriOverPlainHttpWithTheIdentity_IsRefusedBecauseTokensNeedHttps()
    {
        var settings = new StorageOptions { BlobServiceUri = new Uri("http://blobs.example.net/") };

        var refused = Assert.Throws<InvalidOperationException>(() => StorageClients.Blobs(settings, new BlobClientOptions(), Identity));

        Assert.Contains("is not HTTPS", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clients_NothingConfigured_SayWhichSettingToSet()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => StorageClients.Tables(new StorageOptions(), new TableClientOptions(), Identity));

        Assert.Contains("AzureWebJobsStorage__accountName", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Queues_AnySettings_EncodeBodiesAsBase64AsTheHostReadsThem()
    {
        var options = new QueueClientOptions();

        StorageClients.Queues(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" }, options, Identity);

        Assert.Equal(QueueMessageEncoding.Base64, options.MessageEncoding);
    }

    [Fact]
    public void Credential_ClientIdConfigured_IsThatUserAssignedIdentity() =>
        Assert.IsType<ManagedIdentityCredential>(StorageClients.Credential(new StorageOptions { ClientId = "00000000-0000-0000-0000-000000000001" }));
}
