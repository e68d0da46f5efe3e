using System.Text.Json.Serialization;

namespace Notices.Workflow.Procurements;

/// <summary>
/// Identifies one procurement, and so one event stream. Lower-case letters, digits and hyphens only,
/// because it is used as a table partition key and in blob names.
/// </summary>
public readonly record struct ProcurementId
{
    // A struct always has a parameterless constructor, which the serializer would otherwise pick, leaving Value
    // null in every message that carries an id (an activity's input, for one).
    [JsonConstructor]
    public ProcurementId(string value)
    {
        if (!IsWellFormed(value))
        {
            throw new ArgumentException(
                "A procurement id has 3 to 64 lower-case letters, digits and hyphens.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    public static ProcurementId New(IIdSource ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return new ProcurementId(ids.NewId().ToString("N")[..12]);
    }

    public static bool IsWellFormed(string? value) =>
        value is { Length: >= 3 and <= 64 } && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    public override string ToString() => Value;
}
