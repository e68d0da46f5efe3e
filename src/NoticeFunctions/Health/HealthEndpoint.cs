using System.Diagnostics;
using Notices.Storage;
using Notices.Storage.Workflow;
using NoticeFunctions.Hosting;

namespace NoticeFunctions.Health;

/// <summary>
/// <c>GET /api/health</c>: can the app reach blob, queue and table storage, and how deep are the work
/// and poison queues. Open to anonymous callers (load balancers and probes have no user) and reveals
/// nothing but those figures. 200 when every service answers, 503 otherwise.
/// </summary>
internal static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/health", CheckAsync)
            .AllowAnonymous()
            .WithName("Health")
            .WithTags("Health")
            .WithSummary("Storage reachability per service and the depth of the work and poison queues.")
            .Produces<HealthReport>(StatusCodes.Status200OK)
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> CheckAsync(StorageAccount account, WorkflowStorageNames names, CancellationToken cancellationToken)
    {
        var work = account.GetQueue(names.WorkQueue);
        var poison = account.GetQueue(names.PoisonQueue);
        long? workDepth = null;
        long? poisonDepth = null;

        var blob = ProbeAsync(async () =>
            await account.GetBlobContainer(StorageResources.DataProtectionKeys).ListBlobsPageAsync(maxResults: 1, cancellationToken: cancellationToken).ConfigureAwait(false));
        var queue = ProbeAsync(async () =>
        {
            workDepth = await work.GetApproximateMessageCountAsync(cancellationToken).ConfigureAwait(false);
            poisonDepth = await poison.GetApproximateMessageCountAsync(cancellationToken).ConfigureAwait(false);
        });
        var table = ProbeAsync(async () =>
            await account.GetTable(names.Streams).QueryPageAsync(top: 1, cancellationToken: cancellationToken).ConfigureAwait(false));
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
            new Dictionary<string, long?> { [work.Name] = workDepth, [poison.Name] = poisonDepth });
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
        catch (StorageException ex)
        {
            return new ServiceHealth("unreachable", watch.Elapsed.TotalMilliseconds, ex.Message);
        }
    }
}
