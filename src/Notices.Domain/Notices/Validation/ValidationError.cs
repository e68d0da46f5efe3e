namespace Notices.Domain.Notices;

/// <summary>
/// One thing to fix before the notice can go for approval: <see cref="Path"/> names the field in the
/// notice's JSON (for example <c>lots[1].value.amountGross</c>) and <see cref="Message"/> says what to change.
/// </summary>
public sealed record ValidationError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
