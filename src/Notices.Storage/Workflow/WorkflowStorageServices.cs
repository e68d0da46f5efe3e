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
        names ??= new WorkflowStorageNames();
        services.AddSingleton<IProcurementRecord>(new TableProcurementRecord(storage.Tables.GetTableClient(names.Streams)));
        services.AddSingleton<IProjectionStore>(new TableProjectionStore(
            ProjectionTables.All.ToDictionary(t => t, t => storage.Tables.GetTableClient(names.Projection(t)))));
        services.AddSingleton<INoticeBlobStore>(new BlobNoticeStore(storage.Blobs.GetBlobContainerClient(names.NoticesContainer)));
        services.AddSingleton<INoticeNumbering>(new TableNoticeNumbering(storage.Tables.GetTableClient(names.Register)));
        services.AddSingleton<INotificationSender>(new TableNotificationSender(storage.Tables.GetTableClient(names.Notifications)));
        services.AddSingleton<IContractCopyFiles>(new ContractCopyFiles(
            new ContractBlobContainer(storage.Blobs.GetBlobContainerClient(names.ContractsOriginalContainer)),
            new ContractBlobContainer(storage.Blobs.GetBlobContainerClient(names.ContractsRedactedContainer)),
            names.PublishedCopiesBaseUrl));
        return services;
    }
}
