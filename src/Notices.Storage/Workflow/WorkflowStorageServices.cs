using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Notices.Storage.Contracts;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Projections;
using Notices.Workflow.Publishing;
using Notices.Workflow.Record;
using Notices.Workflow.Runtime;

namespace Notices.Storage.Workflow;

/// <summary>The orchestrations' ports on Azure Storage, registered for the engine's activities and the workflow's client.</summary>
public static class WorkflowStorageServices
{
    public static IServiceCollection AddWorkflowStorage(this IServiceCollection services, StorageServices storage, WorkflowStorageNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var chosen = names ?? new WorkflowStorageNames();
        return services.AddWorkflowStorage(_ => storage, _ => chosen);
    }

    /// <summary>The same, over storage clients and names the host registers itself (built when first used).</summary>
    public static IServiceCollection AddWorkflowStorage(
        this IServiceCollection services, Func<IServiceProvider, StorageServices> storage, Func<IServiceProvider, WorkflowStorageNames> names)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(names);
        services.AddSingleton<IProcurementRecord>(sp => new TableProcurementRecord(Tables(sp).GetTableClient(names(sp).Streams)));
        services.AddSingleton<IProjectionStore>(sp => new TableProjectionStore(
            ProjectionTables.All.ToDictionary(t => t, t => Tables(sp).GetTableClient(names(sp).Projection(t)))));
        services.AddSingleton<INoticeBlobStore>(sp => new BlobNoticeStore(Blobs(sp).GetBlobContainerClient(names(sp).NoticesContainer)));
        services.AddSingleton<INoticeNumbering>(sp => new TableNoticeNumbering(Tables(sp).GetTableClient(names(sp).Register)));
        services.AddSingleton<INotificationSender>(sp => new TableNotificationSender(Tables(sp).GetTableClient(names(sp).Notifications)));
        services.AddSingleton<IContractCopyFiles>(sp => new ContractCopyFiles(
            new ContractBlobContainer(Blobs(sp).GetBlobContainerClient(names(sp).ContractsOriginalContainer)),
            new ContractBlobContainer(Blobs(sp).GetBlobContainerClient(names(sp).ContractsRedactedContainer)),
            names(sp).PublishedCopiesBaseUrl));
        return services;

        TableServiceClient Tables(IServiceProvider sp) => storage(sp).Tables;
        BlobServiceClient Blobs(IServiceProvider sp) => storage(sp).Blobs;
    }
}
