using Notices.Domain.Time;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Telemetry;

namespace Notices.Api.Hosting;

/// <summary>
/// Counts, once a minute, the notices waiting for an approver and the obligations past their due date, from the
/// screens' rows, for the workflow's gauges. Counting is capped: a gauge that reads the cap means "at least".
/// </summary>
internal sealed partial class WorkflowGaugeSampler(WorkflowQueries queries, TimeProvider clock, ILogger<WorkflowGaugeSampler> logger) : BackgroundService
{
    /// <summary>How often the gauges are counted again.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>The most of either that one count reads.</summary>
    public const int Cap = 1000;

    /// <summary>How far back an unmet obligation still counts as overdue rather than abandoned data.</summary>
    private const int OverdueYears = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await SampleAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A gauge that misses a count keeps its last value; the next minute tries again.
                LogSampleFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Counts both now and sets the gauges.</summary>
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        long approvals = 0;
        string? continuation = null;
        do
        {
            var page = await queries.PendingApprovalsAsync(Role.Approver, 200, continuation, cancellationToken).ConfigureAwait(false);
            approvals += page.Items.Count;
            continuation = page.Continuation;
        }
        while (continuation is not null && approvals < Cap);

        var today = UkTime.Today(clock);
        var overdue = await queries.ObligationsDueAsync(today.AddYears(-OverdueYears), today.AddDays(-1), Cap, cancellationToken).ConfigureAwait(false);
        WorkflowTelemetry.Observe(Math.Min(approvals, Cap), overdue.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The workflow's gauges could not be counted this time.")]
    private partial void LogSampleFailed(Exception exception);
}
