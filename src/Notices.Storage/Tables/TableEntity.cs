using System.Collections;
using System.Globalization;

namespace Notices.Storage.Tables;

/// <summary>
/// A table entity: its keys, the ETag it was read with, and typed properties. Each property keeps its
/// Edm type: string (Edm.String), int (Int32), long (Int64), double (Double), bool (Boolean),
/// DateTimeOffset (DateTime, stored in UTC), Guid (Guid) and byte[] (Binary).
/// </summary>
public sealed class TableEntity : IEnumerable<KeyValuePair<string, object>>
{
    private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; set; }

    public string RowKey { get; set; }

    /// <summary>The ETag the entity was read or last written with; pass it as If-Match for a safe update.</summary>
    public string? ETag { get; set; }

    /// <summary>When the service last changed the entity (read only on the service side).</summary>
    public DateTimeOffset? Timestamp { get; set; }

    public int Count => _properties.Count;

    /// <summary>
    /// A property's value, or null when absent. Setting null removes it. Setting a value of an
    /// unsupported type throws, naming the property.
    /// </summary>
    public object? this[string name]
    {
        get => _properties.GetValueOrDefault(name);
        set
        {
            if (value is null)
            {
                _properties.Remove(name);
                return;
            }

            ValidateReservedName(name);
            _properties[StorageNames.ValidPropertyName(name)] = Normalise(name, value);
        }
    }

    public bool ContainsKey(string name) => _properties.ContainsKey(name);

    public bool Remove(string name) => _properties.Remove(name);

    public string? GetString(string name) => Get(name) switch
    {
        null => null,
        string s => s,
        var other => throw WrongType(name, other, "string"),
    };

    public int? GetInt32(string name) => Get(name) switch
    {
        null => null,
        int i => i,
        var other => throw WrongType(name, other, "Int32"),
    };

    public long? GetInt64(string name) => Get(name) switch
    {
        null => null,
        long l => l,
        int i => i,
        var other => throw WrongType(name, other, "Int64"),
    };

    public double? GetDouble(string name) => Get(name) switch
    {
        null => null,
        double d => d,
        int i => i,
        long l => l,
        var other => throw WrongType(name, other, "Double"),
    };

    public bool? GetBoolean(string name) => Get(name) switch
    {
        null => null,
        bool b => b,
        var other => throw WrongType(name, other, "Boolean"),
    };

    public DateTimeOffset? GetDateTimeOffset(string name) => Get(name) switch
    {
        null => null,
        DateTimeOffset d => d,
        var other => throw WrongType(name, other, "DateTime"),
    };

    public Guid? GetGuid(string name) => Get(name) switch
    {
        null => null,
        Guid g => g,
        var other => throw WrongType(name, other, "Guid"),
    };

    public byte[]? GetBinary(string name) => Get(name) switch
    {
        null => null,
        byte[] b => b,
        var other => throw WrongType(name, other, "Binary"),
    };

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Sets a value read from the service, whose type the wire already fixed.</summary>
    internal void SetFromService(string name, object value) => _properties[name] = value;

    private object? Get(string name) => _properties.GetValueOrDefault(name);

    private static void ValidateReservedName(string name)
    {
        if (name is "PartitionKey" or "RowKey" or "Timestamp" or "ETag")
        {
            throw new ArgumentException($"'{name}' is a system property; set it through the {nameof(TableEntity)} property of that name.", nameof(name));
        }
    }

    private static object Normalise(string name, object value) => value switch
    {
        string or int or long or double or bool or Guid or byte[] => value,
        DateTimeOffset d => d.ToUniversalTime(),
        DateTime d when d.Kind == DateTimeKind.Unspecified => throw new ArgumentException(
            $"Property '{name}' is a DateTime of unspecified kind; give a UTC DateTime or a DateTimeOffset so the stored instant is unambiguous.", nameof(value)),
        DateTime d => new DateTimeOffset(d.ToUniversalTime()),
        float f => (double)f,
        short or byte or sbyte or ushort => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        uint u => (long)u,
        _ => throw new ArgumentException(
            $"Property '{name}' has type {value.GetType().Name}, which table storage cannot hold; use string, int, long, double, bool, DateTimeOffset, Guid or byte[].",
            nameof(value)),
    };

    private static InvalidCastException WrongType(string name, object value, string wanted) =>
        new($"Property '{name}' holds {value.GetType().Name}, not {wanted}.");
}
