namespace Notices.Domain.Notices;

/// <summary>
/// A procurement's identifier on Find a Tender, which is its OCDS <c>ocid</c>: the publisher prefix
/// <c>ocds-h6vhtk-</c> followed by six lowercase hexadecimal digits, for example <c>ocds-h6vhtk-04e9fb</c>.
/// Allocated when the procurement's first notice is published (reg 8).
/// </summary>
public readonly record struct ProcurementOcid
{
    public const string Prefix = "ocds-h6vhtk-";

    public string Value { get; }

    private ProcurementOcid(string value) => Value = value;

    public static bool IsValid(string? value) =>
        value is { Length: 18 }
        && value.StartsWith(Prefix, StringComparison.Ordinal)
        && value.AsSpan(Prefix.Length).ContainsAnyExcept(CharacterSets.LowercaseHex) == false;

    public static ProcurementOcid Parse(string value) =>
        IsValid(value)
            ? new ProcurementOcid(value)
            : throw new FormatException(
                $"'{value}' is not a Find a Tender ocid: it should be '{Prefix}' followed by six lowercase hexadecimal digits, such as '{Prefix}04e9fb'.");

    public override string ToString() => Value;
}
