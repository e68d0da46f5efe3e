using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Notices.Domain.Adoption;
using Notices.Workflow.Adoption;
using Notices.Workflow.Projections;
using Notices.Workflow.Publishing;
using Notices.Workflow.Runtime;
using Notices.Workflow.Serialization;

namespace Notices.Workflow.Orchestration;

/// <summary>
/// The workflow's services, over the ports a host registers (the record, projections, releases, numbering,
/// notifications and contract-copy files): the same in the Function App, the local host, the tests and the benchmark.
/// </summary>
public static class WorkflowServices
{
    /// <summary>Orchestration inputs, outputs, events and statuses as the record writes them: camelCase, enums by name, closed hierarchies by name.</summary>
    public static DataConverter DataConverter { get; } = new JsonDataConverter(WorkflowJson.Options);

    public static IServiceCollection AddProcurementWorkflow(this IServiceCollection services, WorkflowOptions? options = null)
    {
        options ??= new WorkflowOptions();
        services.TryAddSingleton(options);
        services.TryAddSingleton(sp => sp.GetRequiredService<WorkflowOptions>().Reactions);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<INoticePublisher, LocalRegister>();

        // One client for the process, its connections renewed so that a change of Find a Tender's address is followed.
        services.TryAddSingleton<IFindATenderReleases>(_ => new FindATenderApi(new HttpClient(
            new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) }) { Timeout = TimeSpan.FromSeconds(30) }));
        services.TryAddSingleton<ProcurementCommands>();
        services.TryAddSingleton<WorkflowQueries>();
        services.TryAddSingleton<ProcurementWorkflow>();
        return services;
    }
}
