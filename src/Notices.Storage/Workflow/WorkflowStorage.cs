using Azure.Storage.Blobs.Models;
using Notices.Storage.Contracts;
using Notices.Workflow.Projections;

namespace Notices.Storage.Workflow;

/// <summary>The names of the workflow's tables and containers; a prefix lets tests share one account.</summary>
public sealed record WorkflowStorageNames(string TablePrefix = "")
{
    public string Streams => TablePrefix + "Streams";

    public string Register => TablePrefix + "Register";

    public string Notifications => TablePrefix + "Notifications";

    public string NoticesContainer { get; init; } = "notices";

    /// <summary>Signed contracts as uploaded, and redacted copies under review: private, never served.</summary>
    public string ContractsOriginalContainer { get; init; } = "contracts-original";

    /// <summary>Approved redacted copies, written create-only.</summary>
    public string ContractsRedactedContainer { get; init; } = "contracts-redacted";

    /// <summary>The public address of the published copies; the app serves them there.</summary>
    public Uri PublishedCopiesBaseUrl { get; init; } = new("http://localhost:7071/api/contract-copies/");

    public string Projection(string name) => TablePrefix + char.ToUpperInvariant(name[0]) + name[1..];
}

/// <summary>The workflow's tables and containers on Azure Storage.</summary>
public static class WorkflowStorage
{
    /// <summary>The record of decisions: every procurement's event stream, in the streams table.</summary>
    public static TableProcurementRecord Record(StorageServices storage, WorkflowStorageNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return new TableProcurementRecord(storage.Tables.GetTableClient((names ?? new WorkflowStorageNames()).Streams));
    }

    /// <summary>The private originals container, where uploads stream to and from which nothing is served.</summary>
    public static ContractOriginalStore ContractOriginals(StorageServices storage, WorkflowStorageNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        names ??= new WorkflowStorageNames();
        return new ContractOriginalStore(new ContractBlobContainer(storage.Blobs.GetBlobContainerClient(names.ContractsOriginalContainer)));
    }

    /// <summary>Creates every table and container the workflow uses (each only if missing; containers private).</summary>
    public static async Task EnsureCreatedAsync(StorageServices storage, WorkflowStorageNames? names = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        names ??= new WorkflowStorageNames();
        string[] tables = [names.Streams, names.Register, names.Notifications, .. ProjectionTables.All.Select(names.Projection)];
        foreach (var table in tables)
        {
            await storage.Tables.GetTableClient(table).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var container in new[] { names.NoticesContainer, names.ContractsOriginalContainer, names.ContractsRedactedContainer })
        {
            await storage.Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
