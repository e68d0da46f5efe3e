namespace Notices.Domain.Notices;

/// <summary>
/// The input is not a notice at all: malformed JSON, an unknown notice type, a field of the wrong kind
/// or an impossible date. <see cref="Field"/> names the field; the message says what to change.
/// </summary>
public sealed class NoticeFormatException : Exception
{
    public NoticeFormatException(string field, string problem, Exception? innerException = null)
        : base($"{field}: {problem}", innerException)
    {
        Field = field;
        Problem = problem;
    }

    public NoticeFormatException()
        : this("$", "the input is not a notice")
    {
    }

    public NoticeFormatException(string message)
        : this("$", message)
    {
    }

    public NoticeFormatException(string message, Exception innerException)
        : this("$", message, innerException)
    {
    }

    /// <summary>Path of the offending field, such as <c>lots[1].value.amountGross</c>; <c>$</c> for the whole input.</summary>
    public string Field { get; }

    /// <summary>What is wrong, in plain English.</summary>
    public string Problem { get; }
}
