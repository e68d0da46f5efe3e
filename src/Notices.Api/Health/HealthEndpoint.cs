using System.Diagnostics;
using Azure.Data.Tables;
using Notices.Storage;
using Notices.Storage.Workflow;
using Microsoft.Extensions.Options;
using Notices.Api.Hosting;

namespace Notices.Api.Health;

/// <summary>
/// <c>GET /api/health</c>: can the app reach blob, queue and table storage, and how deep is the workflow
/// engine's work-item queue (activities waiting to run). Open to anonymous callers (load balancers and probes have no user) and reveals
/// nothing but those figures. 200 when every service answers, 503 otherwise.
/// </summary>
internal static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/health", CheckAsync)
            .AllowAnonymous()
            .WithName(ApiFunctionNames.Health)
            .WithTags("Health")
            .WithSummary("Storage reachability per service and the depth of the workflow engine's work-item queue.")
            .Produces<HealthReport>(StatusCodes.Status200OK)
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> CheckAsync(
        StorageServices storage, WorkflowStorageNames names, IOptions<WorkflowEngineOptions> engine, CancellationToken cancellationToken)
    {
        // Durable Functions' Azure Storage backend names its activity queue after the task hub.
        var work = storage.Queues.GetQueueClient($"{engine.Value.TaskHub.ToLowerInvariant()}-workitems");
        long? workDepth = null;

        var blob = ProbeAsync(async () =>
            await storage.Blobs.GetBlobContainerClient(StorageResources.DataProtectionKeys).GetBlobsAsync(cancellationToken: cancellationToken)
                .AsPages(pageSizeHint: 1).GetAsyncEnumerator(cancellationToken).MoveNextAsync().ConfigureAwait(false));
        var queue = ProbeAsync(async () =>
        {
            workDepth = (await work.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCountLong;
        });
        var table = ProbeAsync(async () =>
            await storage.Tables.GetTableClient(names.Streams).QueryAsync<TableEntity>(maxPerPage: 1, cancellationToken: cancellationToken)
                .AsPages(pageSizeHint: 1).GetAsyncEnumerator(cancellationToken).MoveNextAsync().ConfigureAwait(false));
        await Task.WhenAll(blob, queue, table).ConfigureAwait(false);

        var services = new Dictionary<string, ServiceHealth>
        {
            ["blob"] = await blob.ConfigureAwait(false),
            ["queue"] = await queue.ConfigureAwait(false),
            ["table"] = await table.ConfigureAwait(false),
        };
        var healthy = services.Values.All(s => s.Error is null);
        var report = new HealthReport(
            healthy ? "healthy" : "unhealthy",
            services,
            new Dictionary<string, long?> { [work.Name] = workDepth });
        return Results.Json(report, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<ServiceHealth> ProbeAsync(Func<Task> probe)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await probe().ConfigureAwait(false);
            return new ServiceHealth("reachable", watch.Elapsed.TotalMilliseconds, null);
        }
        catch (Exception ex) when (ex.IsStorageFailure())
        {
            return new ServiceHealth("unreachable", watch.Elapsed.TotalMilliseconds, ex.Message);
        }
    }
}
