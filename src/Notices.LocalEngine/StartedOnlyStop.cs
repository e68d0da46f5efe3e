using System.Reflection;
using System.Runtime.ExceptionServices;
using DurableTask.Core;

namespace Notices.LocalEngine;

/// <summary>
/// The orchestration service as the sidecar's dispatcher sees it: stopped only once it has started. The dispatcher
/// starts the service when the worker first connects but stops it whenever the sidecar stops; stopping an Azure
/// Storage service that has not finished starting throws, on a thread-pool thread, and ends the process, as when the
/// host is stopped within a moment of starting.
/// </summary>
public class StartedOnlyStop : DispatchProxy
{
    private IOrchestrationService _service = null!;
    private Task? _started;

    public static IOrchestrationService Wrap(IOrchestrationService service)
    {
        var proxy = Create<IOrchestrationService, StartedOnlyStop>();
        ((StartedOnlyStop)(object)proxy)._service = service;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        switch (targetMethod.Name)
        {
            case nameof(IOrchestrationService.StartAsync):
                var starting = (Task)Forward(targetMethod, args)!;
                Volatile.Write(ref _started, starting);
                return starting;
            case nameof(IOrchestrationService.StopAsync):
                return Volatile.Read(ref _started) is { } started ? StopOnceStartedAsync(started, targetMethod, args) : Task.CompletedTask;
            default:
                return Forward(targetMethod, args);
        }
    }

    private async Task StopOnceStartedAsync(Task started, MethodInfo stop, object?[]? args)
    {
        try
        {
            await started.ConfigureAwait(false);
        }
        catch (Exception) when (!started.IsCompletedSuccessfully)
        {
            // It never started, so there is nothing to stop; whoever started it has seen why.
            return;
        }

        await ((Task)Forward(stop, args)!).ConfigureAwait(false);
    }

    private object? Forward(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(_service, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
