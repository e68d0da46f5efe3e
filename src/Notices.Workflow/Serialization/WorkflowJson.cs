using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Notices.Workflow.Events;

namespace Notices.Workflow.Serialization;

/// <summary>
/// The JSON shapes the workflow stores: events, intents and work messages. camelCase, enums as names,
/// so stored records stay readable and a renamed C# member shows up in the snapshot tests.
/// </summary>
public static class WorkflowJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(ProcurementEvent @event) => JsonSerializer.Serialize(@event, Options);

    public static ProcurementEvent DeserializeEvent(string json) =>
        JsonSerializer.Deserialize<ProcurementEvent>(json, Options)
        ?? throw new JsonException("A stored event was empty.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = false,
            // Stored, never embedded in HTML: keep "+" and "£" readable in the records.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
