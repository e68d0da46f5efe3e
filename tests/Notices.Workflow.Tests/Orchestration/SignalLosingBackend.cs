using System.Reflection;
using System.Runtime.ExceptionServices;
using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Query;
using Notices.Workflow.Orchestration;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>The orchestration service, its client, queries and purges as one, as the sidecar is given them.</summary>
public interface IEngineBackend : IOrchestrationService, IOrchestrationServiceClient, IOrchestrationServiceQueryClient, IOrchestrationServicePurgeClient;

/// <summary>
/// A real backend that loses one workflow signal when told to, as the Azure Storage backend can lose an event that
/// arrives while an orchestration continues as new: everything else reaches the backend unchanged.
/// </summary>
public class SignalLosingBackend : DispatchProxy
{
    private object _backend = null!;
    private int _armed;
    private int _lost;

    /// <summary>How many signals have been lost.</summary>
    public int Lost => Volatile.Read(ref _lost);

    public static (IEngineBackend Backend, SignalLosingBackend Losing) Over<T>(T backend)
        where T : IOrchestrationService, IOrchestrationServiceClient, IOrchestrationServiceQueryClient, IOrchestrationServicePurgeClient
    {
        var proxy = Create<IEngineBackend, SignalLosingBackend>();
        var losing = (SignalLosingBackend)(object)proxy;
        losing._backend = backend;
        return (proxy, losing);
    }

    /// <summary>The next workflow signal raised is lost.</summary>
    public void LoseNextSignal() => Volatile.Write(ref _armed, 1);

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IOrchestrationServiceClient.SendTaskOrchestrationMessageAsync)
            && args is [TaskMessage { Event: EventRaisedEvent { Name: WorkflowSignal.EventName } }]
            && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            Interlocked.Increment(ref _lost);
            return Task.CompletedTask;
        }

        try
        {
            return targetMethod.Invoke(_backend, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
