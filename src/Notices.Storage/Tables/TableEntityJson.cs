using System.Globalization;
using System.Text.Json;

namespace Notices.Storage.Tables;

/// <summary>
/// The OData JSON form of an entity. Types JSON cannot carry (Int64, DateTime, Guid, Binary, and
/// Double, so that 2.0 is not read back as an Int32) are written with an <c>@odata.type</c> annotation.
/// </summary>
internal static class TableEntityJson
{
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static void Write(Utf8JsonWriter writer, TableEntity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("PartitionKey"u8, entity.PartitionKey);
        writer.WriteString("RowKey"u8, entity.RowKey);
        foreach (var (name, value) in entity)
        {
            switch (value)
            {
                case string s:
                    writer.WriteString(name, s);
                    break;
                case int i:
                    writer.WriteNumber(name, i);
                    break;
                case bool b:
                    writer.WriteBoolean(name, b);
                    break;
                case long l:
                    writer.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                    writer.WriteString(name + "@odata.type", "Edm.Int64");
                    break;
                case double d:
                    if (double.IsFinite(d))
                    {
                        writer.WriteNumber(name, d);
                    }
                    else
                    {
                        writer.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                    }

                    writer.WriteString(name + "@odata.type", "Edm.Double");
                    break;
                case DateTimeOffset t:
                    writer.WriteString(name, t.UtcDateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture));
                    writer.WriteString(name + "@odata.type", "Edm.DateTime");
                    break;
                case Guid g:
                    writer.WriteString(name, g);
                    writer.WriteString(name + "@odata.type", "Edm.Guid");
                    break;
                case byte[] bytes:
                    writer.WriteBase64String(name, bytes);
                    writer.WriteString(name + "@odata.type", "Edm.Binary");
                    break;
                default:
                    throw new InvalidOperationException($"Property '{name}' has unsupported type {value.GetType().Name}.");
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads one entity from minimal-metadata JSON; <paramref name="etag"/> wins over <c>odata.etag</c>.</summary>
    public static TableEntity Read(JsonElement element, string? etag = null)
    {
        string? partitionKey = null, rowKey = null;
        Dictionary<string, string>? types = null;
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name.EndsWith("@odata.type", StringComparison.Ordinal))
            {
                (types ??= new(StringComparer.Ordinal))[name[..^"@odata.type".Length]] = property.Value.GetString() ?? string.Empty;
            }
            else if (name == "PartitionKey")
            {
                partitionKey = property.Value.GetString();
            }
            else if (name == "RowKey")
            {
                rowKey = property.Value.GetString();
            }
        }

        var entity = new TableEntity(partitionKey ?? string.Empty, rowKey ?? string.Empty);
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name is "PartitionKey" or "RowKey" || name.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            if (name == "odata.etag")
            {
                entity.ETag ??= property.Value.GetString();
                continue;
            }

            if (name.StartsWith("odata.", StringComparison.Ordinal))
            {
                continue;
            }

            if (name == "Timestamp")
            {
                entity.Timestamp = ParseDate(property.Value.GetString());
                continue;
            }

            var value = ReadValue(property.Value, types?.GetValueOrDefault(name));
            if (value is not null)
            {
                entity.SetFromService(name, value);
            }
        }

        if (etag is not null)
        {
            entity.ETag = etag;
        }

        return entity;
    }

    private static object? ReadValue(JsonElement value, string? edmType)
    {
        switch (edmType)
        {
            case "Edm.Int64":
                return long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture);
            case "Edm.Double":
                return value.ValueKind == JsonValueKind.String
                    ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
                    : value.GetDouble();
            case "Edm.DateTime":
                return ParseDate(value.GetString());
            case "Edm.Guid":
                return Guid.Parse(value.GetString()!);
            case "Edm.Binary":
                return value.GetBytesFromBase64();
            case "Edm.Int32":
                return value.GetInt32();
            case "Edm.Boolean":
                return value.GetBoolean();
            default:
                break;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetInt32(out var i) && !value.GetRawText().Contains('.', StringComparison.Ordinal) => i,
            JsonValueKind.Number => value.GetDouble(),
            _ => null,
        };
    }

    private static DateTimeOffset? ParseDate(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
