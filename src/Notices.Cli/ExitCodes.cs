namespace Notices.Cli;

/// <summary>What the <c>notices</c> command returns to the shell.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input was understood and found wanting (for example, a notice that is not valid).</summary>
    public const int Invalid = 1;

    /// <summary>The input could not be used: a missing file, malformed JSON, an impossible date.</summary>
    public const int BadInput = 2;
}
