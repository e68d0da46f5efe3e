using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Notices.Workflow.Procurements;
using Notices.Workflow.Serialization;

namespace Notices.Bench;

/// <summary>
/// The workflow's data converter with procurement ids read back through their constructor. The id is a record
/// struct whose only property has no setter, so the JSON serialiser builds it with the default constructor and the
/// publication activity receives an empty id (the first publication of each procurement then fails). Until the
/// workflow's own options read it back, the benchmark's engine uses these, which write the same JSON.
/// </summary>
internal static class ProcurementIdJson
{
    public static void UseOnEngine(IServiceCollection services)
    {
        var options = new JsonSerializerOptions(WorkflowJson.Options);
        options.Converters.Add(new Converter());
        var converter = new JsonDataConverter(options);
        services.Configure<DurableTaskWorkerOptions>(o => o.DataConverter = converter);
        services.Configure<DurableTaskClientOptions>(o => o.DataConverter = converter);
    }

    private sealed class Converter : JsonConverter<ProcurementId>
    {
        public override ProcurementId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var value = document.RootElement.EnumerateObject().FirstOrDefault(p => p.NameEquals("value") || p.NameEquals("Value"));
            return new ProcurementId(value.Value.GetString() ?? throw new JsonException("A procurement id has no value."));
        }

        public override void Write(Utf8JsonWriter writer, ProcurementId value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("value", value.Value);
            writer.WriteEndObject();
        }
    }
}
