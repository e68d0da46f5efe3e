using Notices.Storage.Contracts;
using Notices.Workflow.Projections;
using Notices.Workflow.Runtime;

namespace Notices.Storage.Workflow;

/// <summary>The names of the workflow's tables, queues and container; a prefix lets tests share one account.</summary>
public sealed record WorkflowStorageNames(string TablePrefix = "")
{
    public string Streams => TablePrefix + "Streams";

    public string Register => TablePrefix + "Register";

    public string Notifications => TablePrefix + "Notifications";

    public string WorkQueue { get; init; } = "work";

    public string PoisonQueue => WorkQueue + "-poison";

    public string NoticesContainer { get; init; } = "notices";

    /// <summary>Signed contracts as uploaded, and redacted copies under review: private, never served.</summary>
    public string ContractsOriginalContainer { get; init; } = "contracts-original";

    /// <summary>Approved redacted copies, written create-only.</summary>
    public string ContractsRedactedContainer { get; init; } = "contracts-redacted";

    /// <summary>The public address of the published copies; the app serves them there.</summary>
    public Uri PublishedCopiesBaseUrl { get; init; } = new("http://localhost:7071/api/contract-copies/");

    public string Projection(string name) => TablePrefix + char.ToUpperInvariant(name[0]) + name[1..];
}

/// <summary>The workflow's ports on Azure Storage.</summary>
public static class WorkflowStorage
{
    public static WorkflowPorts Ports(StorageAccount account, WorkflowStorageNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        names ??= new WorkflowStorageNames();
        return new WorkflowPorts(
            new TableEventStore(account.GetTable(names.Streams)),
            new TableProjectionStore(ProjectionTables.All.ToDictionary(t => t, t => account.GetTable(names.Projection(t)))),
            new QueueWorkQueueClient(account.GetQueue(names.WorkQueue), account.GetQueue(names.PoisonQueue)),
            new BlobNoticeStore(account.GetBlobContainer(names.NoticesContainer)),
            new TableNoticeNumbering(account.GetTable(names.Register)),
            new TableNotificationSender(account.GetTable(names.Notifications)),
            new ContractCopyFiles(
                new ContractBlobContainer(account.GetBlobContainer(names.ContractsOriginalContainer)),
                new ContractBlobContainer(account.GetBlobContainer(names.ContractsRedactedContainer)),
                names.PublishedCopiesBaseUrl));
    }

    /// <summary>The private originals container, where uploads stream to and from which nothing is served.</summary>
    public static ContractOriginalStore ContractOriginals(StorageAccount account, WorkflowStorageNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        names ??= new WorkflowStorageNames();
        return new ContractOriginalStore(new ContractBlobContainer(account.GetBlobContainer(names.ContractsOriginalContainer)));
    }

    /// <summary>Creates every table, queue and container the workflow uses (each only if missing).</summary>
    public static async Task EnsureCreatedAsync(StorageAccount account, WorkflowStorageNames? names = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        names ??= new WorkflowStorageNames();
        string[] tables = [names.Streams, names.Register, names.Notifications, .. ProjectionTables.All.Select(names.Projection)];
        foreach (var table in tables)
        {
            await account.GetTable(table).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }

        await account.GetQueue(names.WorkQueue).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await account.GetQueue(names.PoisonQueue).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var container in new[] { names.NoticesContainer, names.ContractsOriginalContainer, names.ContractsRedactedContainer })
        {
            await account.GetBlobContainer(container).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
