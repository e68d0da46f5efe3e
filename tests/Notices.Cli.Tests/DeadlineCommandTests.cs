using Xunit;

namespace Notices.Cli.Tests;

public sealed class DeadlineCommandTests
{
    [Theory]
    [InlineData("deadline standstill --published 2025-06-03", "2025-06-12")] // Find a Tender's own example
    [InlineData("deadline standstill --published 2026-06-10", "2026-06-22")] // over Scotland's World Cup bank holiday
    [InlineData("deadline contract-details --entered 2026-03-02", "2026-03-31")]
    [InlineData("deadline contract-details --entered 2026-03-02 --light-touch", "2026-06-29")]
    [InlineData("deadline contract-copy --entered 2026-03-02", "2026-05-30")]
    [InlineData("deadline contract-copy --entered 2026-03-02 --light-touch", "2026-08-28")]
    [InlineData("deadline termination --ended 2026-12-15", "2027-01-13")]
    public void Deadline_ValidDate_PrintsOnlyTheLastDay(string args, string expected)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(0, exit);
        Assert.Equal(expected + Environment.NewLine, output);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("deadline standstill --published 2025-02-30", "--published: '2025-02-30' is not a day in the calendar")]
    [InlineData("deadline standstill --published 03/06/2025", "--published: '03/06/2025' is not a date in the form YYYY-MM-DD")]
    [InlineData("deadline standstill", "Option '--published' is required.")]
    [InlineData("deadline contract-details --entered tomorrow", "--entered: 'tomorrow' is not a date in the form YYYY-MM-DD")]
    [InlineData("deadline termination --ended 2026-01-01 --light-touch", "'--light-touch'")]
    [InlineData("deadline standstill --published 2040-01-01", "--published: The working-day calendar covers 2020 to 2035 only")]
    [InlineData("deadline", "Required command was not provided.")]
    public void Deadline_BadInput_OneClearLineOnStandardErrorAndExitTwo(string args, string expectedStart)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expectedStart, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Deadline_BuiltExecutable_PrintsTheStandstillEndAndExitsZero()
    {
        var (exit, output, error) = CliRun.RunBuilt("deadline", "standstill", "--published", "2025-06-03");

        Assert.Equal(0, exit);
        Assert.Equal("2025-06-12", output.Trim());
        Assert.Equal(string.Empty, error);
    }

    private static (int Exit, string Output, string Error) Run(string args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = NoticesCommandLine.Run(args.Split(' '), output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
