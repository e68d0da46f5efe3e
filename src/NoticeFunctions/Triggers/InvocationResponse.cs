using System.Text.Json.Serialization;

namespace NoticeFunctions.Triggers;

/// <summary>
/// What a custom handler answers to an envelope invocation: output bindings by name, log lines the
/// host ties to the invocation, and the <c>$return</c> value. Failure is signalled by the HTTP status
/// (anything but 2xx fails the invocation, so the host retries the queue message), never by a field.
/// </summary>
internal sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static InvocationResponse WithLogs(params string[] logs) => new(new Dictionary<string, object?>(), logs, null);
}
