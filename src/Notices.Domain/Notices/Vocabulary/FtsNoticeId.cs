namespace Notices.Domain.Notices;

/// <summary>
/// A notice's identifier on Find a Tender, <c>nnnnnn-yyyy</c>: a six-digit counter and the year of
/// publication, for example <c>029664-2025</c>. It is also the OCDS release id.
/// </summary>
public readonly record struct FtsNoticeId
{
    public string Value { get; }

    private FtsNoticeId(string value) => Value = value;

    public int Year => int.Parse(Value.AsSpan(7), System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsValid(string? value) =>
        value is { Length: 11 }
        && value[6] == '-'
        && value.AsSpan(0, 6).ContainsAnyExcept(CharacterSets.Digits) == false
        && value.AsSpan(7).ContainsAnyExcept(CharacterSets.Digits) == false
        && value[7] == '2';

    public static FtsNoticeId Parse(string value) =>
        IsValid(value)
            ? new FtsNoticeId(value)
            : throw new FormatException(
                $"'{value}' is not a Find a Tender notice id: it should be six digits, a hyphen and the year, such as '029664-2025'.");

    public override string ToString() => Value;
}
