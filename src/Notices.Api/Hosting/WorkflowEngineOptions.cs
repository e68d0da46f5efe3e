namespace Notices.Api.Hosting;

/// <summary>The Durable Task engine the app runs its procurements' orchestrations on (section <c>Workflow</c>).</summary>
internal sealed class WorkflowEngineOptions
{
    public const string Section = "Workflow";

    /// <summary>The task hub on the storage account: its tables, queues and lease container are named after it.</summary>
    public string TaskHub { get; set; } = "NoticesHub";

    /// <summary>Control-queue partitions: how many processes can share the orchestrations.</summary>
    public int Partitions { get; set; } = 4;
}
