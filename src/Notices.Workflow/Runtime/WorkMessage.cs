using System.Text.Json;
using Notices.Workflow.Procurements;
using Notices.Workflow.Reactions;
using Notices.Workflow.Serialization;

namespace Notices.Workflow.Runtime;

/// <summary>A work queue message: one intent of one procurement, as JSON (the queue adapter base64-encodes it).</summary>
public sealed record WorkMessage(string ProcurementId, Intent Intent)
{
    public ProcurementId Procurement => new(ProcurementId);

    public string ToJson() => JsonSerializer.Serialize(this, WorkflowJson.Options);

    public static WorkMessage FromJson(string json) =>
        JsonSerializer.Deserialize<WorkMessage>(json, WorkflowJson.Options)
        ?? throw new JsonException("The work message was empty.");
}
