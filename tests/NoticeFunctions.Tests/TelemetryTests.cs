using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using NoticeFunctions.Tests.Support;
using Notices.Api.Hosting;
using Notices.Domain.Notices;
using Notices.Testing;
using Notices.Workflow.Telemetry;
using OpenTelemetry.Trace;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>
/// One trace follows a command from the form or the API call through the orchestration into the activity that
/// carries it out, seen by an in-memory exporter on the app's own OpenTelemetry set-up; and the workflow's meter
/// reports the approvals waiting.
/// </summary>
public sealed class TelemetryTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly List<Activity> _spans = [];
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(
        azurite: azurite.Process,
        services: services => services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(_spans)));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Register_FromTheForm_IsOneTraceFromTheRequestToTheActivityThatRecordsIt()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace");

        using var response = await commissioner.SubmitFormAsync("/procurements/new",
        [
            new("title", "Street lighting maintenance"), new("estimatedValue", "250000"), new("procedure", "Open"), new("nature", "Services"),
        ]);
        var id = response.Headers.Location!.OriginalString.Split('/')[^1];

        var request = await SpanAsync(s => s.Kind == ActivityKind.Server && s.GetTagItem("http.request.method") as string == "POST"
            && s.GetTagItem("url.path") as string == "/procurements/new" && ServedByThisApp(s));
        var recorded = await SpanAsync(s => s.OperationName == "RecordEvents" && s.GetTagItem("notices.procurement_id") as string == id);
        Assert.Equal(request.TraceId, recorded.TraceId);
    }

    [Fact]
    public async Task Approve_ThroughTheApi_IsOneTraceFromTheRequestToThePublication()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace", "Commissioner");
        using var approver = await _app.SignInAsync("grace.hopper", "Approver");
        var id = await ApiJourney.RegisterAsync(commissioner);
        var key = await ApiJourney.DraftAsync(commissioner, id, NoticeType.UK4);
        await ApiJourney.MustAsync(commissioner, $"/api/procurements/{id}/notices/{key}/submission", "{}");

        await ApiJourney.MustAsync(approver, $"/api/procurements/{id}/notices/{key}/approval", ApiJourney.ApproveBody);

        var request = await SpanAsync(s => s.Kind == ActivityKind.Server
            && s.GetTagItem("url.path") as string == $"/api/procurements/{id}/notices/{key}/approval");
        var published = await SpanAsync(s => s.OperationName == "PublishNoticeRelease" && s.GetTagItem("notices.procurement_id") as string == id);
        Assert.Equal(request.TraceId, published.TraceId);
    }

    [Fact]
    public async Task ApprovalsWaiting_AfterASubmission_IsCountedByTheGauge()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace", "Commissioner");
        var id = await ApiJourney.RegisterAsync(commissioner);
        var key = await ApiJourney.DraftAsync(commissioner, id, NoticeType.UK4);
        await ApiJourney.MustAsync(commissioner, $"/api/procurements/{id}/notices/{key}/submission", "{}");

        await _app.Services.GetRequiredService<WorkflowGaugeSampler>().SampleAsync(CancellationToken.None);

        Assert.True(Gauge("approvals.waiting") >= 1);
    }

    private bool ServedByThisApp(Activity span) => span.GetTagItem("server.port") is int port && port == _app.Address.Port;

    // Spans end, and reach the exporter, a little after the answer that they time.
    private async Task<Activity> SpanAsync(Func<Activity, bool> match)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            lock (_spans)
            {
                if (_spans.FirstOrDefault(match) is { } found)
                {
                    return found;
                }
            }

            await Task.Delay(100);
        }

        lock (_spans)
        {
            Assert.Fail("No such span among: " + string.Join(", ", _spans.Select(s => s.OperationName).Distinct()));
        }

        throw new InvalidOperationException();
    }

    private static long Gauge(string name)
    {
        long? value = null;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WorkflowTelemetry.Name && instrument.Name == name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, measurement, _, _) => value = measurement);
        listener.Start();
        listener.RecordObservableInstruments();
        return value ?? throw new InvalidOperationException($"The workflow's meter has no gauge '{name}'.");
    }
}
