using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Notices.Domain.Thresholds;
using Notices.Domain.Time;

namespace Notices.Cli;

/// <summary>
/// <c>deadline standstill|contract-details|contract-copy|termination</c>: the last day of a period
/// the Procurement Act 2023 sets, printed as YYYY-MM-DD and nothing else.
/// </summary>
public static class DeadlineCommand
{
    public static Command Create()
    {
        var command = new Command("deadline", "Print the last day of a period the Procurement Act 2023 sets, as YYYY-MM-DD.");
        command.Subcommands.Add(Verb(
            "standstill",
            "Last day of the standstill: 8 working days beginning with the day the contract award notice is published (s.51).",
            "--published", "The day the contract award notice was published, YYYY-MM-DD.",
            lightTouchApplies: false,
            (day, _) => Deadlines.Standstill(day).LastDay));
        command.Subcommands.Add(Verb(
            "contract-details",
            "Last day for the contract details notice: 30 days beginning with the day the contract is entered into, 120 for light touch (s.53).",
            "--entered", "The day the contract was entered into, YYYY-MM-DD.",
            lightTouchApplies: true,
            Deadlines.ContractDetailsNoticeDue));
        command.Subcommands.Add(Verb(
            "contract-copy",
            $"Last day to publish a copy of a contract over {MoneyTriggers.KeyPerformanceIndicatorsAndContractCopyInWords}: 90 days beginning with the day it is entered into, 180 for light touch (s.53(3)).",
            "--entered", "The day the contract was entered into, YYYY-MM-DD.",
            lightTouchApplies: true,
            Deadlines.ContractCopyDue));
        command.Subcommands.Add(Verb(
            "termination",
            "Last day for the contract termination notice: 30 days beginning with the day the contract ended (s.80).",
            "--ended", "The day the contract ended, YYYY-MM-DD.",
            lightTouchApplies: false,
            (day, _) => Deadlines.TerminationNoticeDue(day)));
        return command;
    }

    private static Command Verb(string name, string description, string dateOption, string dateDescription, bool lightTouchApplies, Func<DateOnly, bool, DateOnly> lastDay)
    {
        var date = new Option<DateOnly>(dateOption)
        {
            Description = dateDescription,
            Required = true,
            CustomParser = result => ParseDay(result, dateOption),
        };
        var verb = new Command(name, description) { date };
        var lightTouch = new Option<bool>("--light-touch") { Description = "The contract is a light touch contract." };
        if (lightTouchApplies)
            verb.Options.Add(lightTouch);

        verb.SetAction(parseResult =>
        {
            var day = parseResult.GetRequiredValue(date);
            try
            {
                var last = lastDay(day, lightTouchApplies && parseResult.GetValue(lightTouch));
                parseResult.InvocationConfiguration.Output.WriteLine(last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return ExitCodes.Success;
            }
            catch (ArgumentOutOfRangeException error)
            {
                // The working-day calendar refuses days it does not cover; say so on one line.
                parseResult.InvocationConfiguration.Error.WriteLine($"{dateOption}: {FirstLine(error.Message)}");
                return ExitCodes.BadInput;
            }
        });
        return verb;
    }

    private static DateOnly ParseDay(ArgumentResult result, string option)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        var shapedLikeADate = text.Length == 10 && text[4] == '-' && text[7] == '-';
        result.AddError(shapedLikeADate
            ? $"{option}: '{text}' is not a day in the calendar; give a real date as YYYY-MM-DD (for example 2025-06-03)."
            : $"{option}: '{text}' is not a date in the form YYYY-MM-DD (for example 2025-06-03).");
        return default;
    }

    // ArgumentOutOfRangeException appends "(Parameter ...)" on a new line; the first line is the message.
    private static string FirstLine(string message) => message.Split('\n')[0].TrimEnd();
}
