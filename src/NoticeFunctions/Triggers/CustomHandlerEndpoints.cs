using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Workflow.Runtime;
using NoticeFunctions.Hosting;

namespace NoticeFunctions.Triggers;

/// <summary>
/// The endpoints the Functions host invokes for the queue and timer functions
/// (<c>POST /{FunctionName}</c> with the invocation envelope). Mapped only when the app runs as a
/// custom handler; they sit outside the <c>/api</c> route space the host proxies, and answer only
/// loopback callers, as the host is.
/// </summary>
internal static partial class CustomHandlerEndpoints
{
    /// <summary>The largest envelope accepted: a queue message is at most 64 KiB, base64-encoded.</summary>
    private const long MaxEnvelopeBytes = 256 * 1024;

    public static void MapTriggerEndpoints(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<HostingOptions>>().Value.IsCustomHandler)
        {
            return;
        }

        app.MapPost($"/{FunctionNames.ProcessWork}", ProcessWorkAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        app.MapPost($"/{FunctionNames.Sweep}", SweepAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<IResult> ProcessWorkAsync(HttpContext context, [FromServices] WorkflowRuntime workflow, [FromServices] ILoggerFactory loggers)
    {
        var envelope = await ReadEnvelopeAsync(context, FunctionNames.ProcessWork).ConfigureAwait(false);
        if (envelope.Problem is not null)
        {
            return envelope.Problem;
        }

        var logger = loggers.CreateLogger(FunctionNames.ProcessWork);
        string body;
        int dequeueCount;
        try
        {
            body = envelope.Request!.QueueMessage(FunctionNames.QueueBinding);
            dequeueCount = envelope.Request.DequeueCount();
        }
        catch (InvalidInvocationException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        WorkOutcome outcome;
        try
        {
            outcome = await workflow.Work.ProcessAsync(body, dequeueCount, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            // A non-2xx answer fails the invocation: the host retries the message, then poisons it.
            LogFailed(logger, ex, dequeueCount);
            return Results.Json(
                InvocationResponse.WithLogs($"Work item failed on delivery {dequeueCount}: {ex.Message}"),
                statusCode: StatusCodes.Status500InternalServerError);
        }

        return Results.Json(InvocationResponse.WithLogs($"Work item {outcome.ToString().ToLowerInvariant()} on delivery {dequeueCount}."));
    }

    private static async Task<IResult> SweepAsync(HttpContext context, [FromServices] WorkflowRuntime workflow)
    {
        var envelope = await ReadEnvelopeAsync(context, FunctionNames.Sweep).ConfigureAwait(false);
        if (envelope.Problem is not null)
        {
            return envelope.Problem;
        }

        bool pastDue;
        try
        {
            pastDue = envelope.Request!.TimerIsPastDue(FunctionNames.TimerBinding);
        }
        catch (Exception ex) when (ex is InvalidInvocationException or JsonException)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        var dispatched = await workflow.Sweep.RunAsync(context.RequestAborted).ConfigureAwait(false);
        return Results.Json(InvocationResponse.WithLogs(
            $"Sweep dispatched {dispatched} item(s){(pastDue ? " (the timer was past due)" : "")}."));
    }

    /// <summary>
    /// The host calls <c>http://127.0.0.1:{port}/{FunctionName}</c>, exactly. A request the host proxied
    /// from the public also arrives over loopback, so the loopback test alone is not enough: a proxied
    /// request carries the public path (<c>/app/ProcessWork</c> arrives with a path base, and any
    /// encoded or dotted spelling differs from the function's own path), and is refused as absent.
    /// </summary>
    private static bool IsHostInvocation(HttpContext context, string function)
    {
        var remote = context.Connection.RemoteIpAddress;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return remote is not null && System.Net.IPAddress.IsLoopback(remote)
            && !context.Request.PathBase.HasValue
            && string.Equals(target, "/" + function, StringComparison.Ordinal);
    }

    private static async Task<(InvocationRequest? Request, IResult? Problem)> ReadEnvelopeAsync(HttpContext context, string function)
    {
        if (!IsHostInvocation(context, function))
        {
            return (null, Results.NotFound());
        }

        if (context.Request.ContentLength > MaxEnvelopeBytes)
        {
            return (null, Results.Problem("The invocation is larger than this app accepts.", statusCode: StatusCodes.Status413PayloadTooLarge));
        }

        using var reader = new StreamReader(context.Request.Body);
        var json = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            return (InvocationRequest.Parse(json), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidInvocationException)
        {
            return (null, Results.Problem($"The invocation is not an envelope this app can read: {ex.Message}", statusCode: StatusCodes.Status400BadRequest));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work item failed on delivery {DequeueCount}")]
    private static partial void LogFailed(ILogger logger, Exception exception, int dequeueCount);
}
