using System.Globalization;
using System.Text.Json;

namespace NoticeFunctions.Triggers;

/// <summary>
/// An envelope invocation from the Functions host: <c>{"Data": {binding: value}, "Metadata": {...}}</c>.
/// Reads only what this app needs, tolerating the encodings the host is known to use.
/// </summary>
internal sealed class InvocationRequest
{
    private readonly JsonElement _root;

    private InvocationRequest(JsonElement root) => _root = root;

    /// <summary>Parses an envelope; a body that is not a JSON object with a <c>Data</c> object is refused.</summary>
    public static InvocationRequest Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.Clone();
        if (root.ValueKind != JsonValueKind.Object
            || !TryGetProperty(root, "Data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInvocationException("The invocation has no Data object.");
        }

        return new InvocationRequest(root);
    }

    /// <summary>
    /// The text of a queue message bound as <paramref name="binding"/>. The host sends a JSON object
    /// as an object, a string as a JSON string, and sometimes a string JSON-encoded twice; each
    /// yields the message text as it was enqueued.
    /// </summary>
    public string QueueMessage(string binding)
    {
        var value = Data(binding);
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                return UnwrapJsonString(text);
            case JsonValueKind.Object or JsonValueKind.Array:
                return value.GetRawText();
            default:
                throw new InvalidInvocationException($"Data.{binding} is {value.ValueKind}, not a queue message.");
        }
    }

    /// <summary>How many times the message has been delivered, including this time (queue metadata <c>DequeueCount</c>).</summary>
    public int DequeueCount()
    {
        if (!TryGetProperty(_root, "Metadata", out var metadata) || !TryGetProperty(metadata, "DequeueCount", out var count))
        {
            throw new InvalidInvocationException("The invocation has no Metadata.DequeueCount.");
        }

        return count.ValueKind switch
        {
            JsonValueKind.Number when count.TryGetInt32(out var n) && n > 0 => n,
            JsonValueKind.String when int.TryParse(UnwrapJsonString(count.GetString()!), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => n,
            _ => throw new InvalidInvocationException("Metadata.DequeueCount is not a positive whole number."),
        };
    }

    /// <summary>Whether the timer bound as <paramref name="binding"/> fired late (<c>IsPastDue</c>).</summary>
    public bool TimerIsPastDue(string binding)
    {
        var timer = Data(binding);
        if (timer.ValueKind == JsonValueKind.String)
        {
            using var inner = JsonDocument.Parse(timer.GetString()!);
            return TryGetProperty(inner.RootElement, "IsPastDue", out var wrapped) && wrapped.ValueKind == JsonValueKind.True;
        }

        if (timer.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInvocationException($"Data.{binding} is {timer.ValueKind}, not a timer.");
        }

        return TryGetProperty(timer, "IsPastDue", out var pastDue) && pastDue.ValueKind == JsonValueKind.True;
    }

    private JsonElement Data(string binding)
    {
        TryGetProperty(_root, "Data", out var data);
        if (!TryGetProperty(data, binding, out var value))
        {
            throw new InvalidInvocationException($"The invocation has no Data.{binding}.");
        }

        return value;
    }

    private static string UnwrapJsonString(string text)
    {
        // A string JSON-encoded twice arrives as "\"...\"": decode the inner string too.
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            try
            {
                return JsonSerializer.Deserialize<string>(text) ?? text;
            }
            catch (JsonException)
            {
                return text;
            }
        }

        return text;
    }

    // The host's JSON is PascalCase, but nothing guarantees it; match names without regard to case.
    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}

/// <summary>An invocation payload this app cannot read.</summary>
internal sealed class InvalidInvocationException(string message) : Exception(message);
