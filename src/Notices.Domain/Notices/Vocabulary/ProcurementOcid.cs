namespace Notices.Domain.Notices;

/// <summary>
/// A procurement's identifier on Find a Tender, which is its OCDS <c>ocid</c>: the publisher prefix
/// <c>ocds-h6vhtk-</c> followed by six lowercase hexadecimal digits, for example <c>ocds-h6vhtk-04e9fb</c>.
/// Allocated when the procurement's first notice is published (reg 8). A notice published only to the local
/// register carries an ocid under <see cref="LocalPrefix"/> instead, so it never passes for Find a Tender's.
/// </summary>
public readonly record struct ProcurementOcid
{
    public const string Prefix = "ocds-h6vhtk-";

    /// <summary>The local register's prefix: not a registered OCDS publisher, so it says plainly the ocid is local.</summary>
    public const string LocalPrefix = "ocds-local-";

    private const int DigitCount = 6;

    public string Value { get; }

    private ProcurementOcid(string value) => Value = value;

    public static bool IsValid(string? value) => HasDigitsAfter(value, Prefix) || HasDigitsAfter(value, LocalPrefix);

    /// <summary>True for an ocid the local register minted, which Find a Tender has never seen.</summary>
    public static bool IsLocal(string? value) => HasDigitsAfter(value, LocalPrefix);

    public static ProcurementOcid Parse(string value) =>
        IsValid(value)
            ? new ProcurementOcid(value)
            : throw new FormatException(
                $"'{value}' is not an ocid: it should be '{Prefix}' (Find a Tender's) or '{LocalPrefix}' (the local register's) followed by six lowercase hexadecimal digits, such as '{Prefix}04e9fb'.");

    public override string ToString() => Value;

    private static bool HasDigitsAfter(string? value, string prefix) =>
        value is not null
        && value.Length == prefix.Length + DigitCount
        && value.StartsWith(prefix, StringComparison.Ordinal)
        && value.AsSpan(prefix.Length).ContainsAnyExcept(CharacterSets.LowercaseHex) == false;
}
