using Notices.Domain.Contracts;

namespace Notices.Redaction;

/// <summary>
/// One thing the commissioner wants removed: a phrase, removed wherever it occurs (body, headers,
/// comments, properties, metadata), or, when <see cref="OnlyAt"/> is set, a selected passage removed
/// only in that paragraph. Whitespace in <see cref="Text"/> matches any run of whitespace or a line
/// break in the file; letter case is ignored.
/// </summary>
public sealed record Redaction(string Text, WithholdingGround Ground, DocumentLocation? OnlyAt = null)
{
    /// <summary>Checks the redaction is usable; returns the problem, naming the field, or null.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Text)) return "Text: the passage to redact is empty.";
        if (Text.Trim().Length < 2) return $"Text: \"{Text}\" is too short to redact safely; select at least two characters.";
        if (!Enum.IsDefined(Ground)) return $"Ground: {(int)Ground} is not a withholding ground.";
        return null;
    }
}
