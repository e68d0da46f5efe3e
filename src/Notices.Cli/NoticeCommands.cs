using System.CommandLine;
using System.Globalization;
using Notices.Domain.Notices;
using Notices.Domain.Ocds;

namespace Notices.Cli;

/// <summary>
/// <c>validate FILE</c>, <c>import FILE</c> and <c>render FILE</c>: the notice model, its validation and
/// its OCDS form, from the command line.
/// </summary>
public static class NoticeCommands
{
    public static IEnumerable<Command> Create() => [Validate(), Import(), Render()];

    private static Argument<string> FileArgument(string description) => new("FILE") { Description = description };

    private static Command Validate()
    {
        var file = FileArgument("A notice in the project's JSON, or an OCDS release as Find a Tender publishes it.");
        var published = new Option<bool>("--published")
        {
            Description = "Read the notice as Find a Tender published it: accept what it accepted for the type, warn about what drafting would ask for, refuse only what is not a notice of its type.",
        };
        var command = new Command("validate", "Check a notice before it goes for approval: prints 'valid', or one 'path: message' line per thing to fix.") { file, published };
        command.SetAction(result => Guard(result, output =>
        {
            var notice = InputFile.ReadNotice(result.GetRequiredValue(file));
            if (result.GetValue(published))
            {
                return CheckPublished(notice, output);
            }

            var validation = NoticeValidator.Validate(notice);
            if (validation.IsValid)
            {
                output.WriteLine("valid");
                return ExitCodes.Success;
            }

            foreach (var error in validation.Errors)
            {
                output.WriteLine(error.ToString());
            }

            return ExitCodes.Invalid;
        }));
        return command;
    }

    /// <summary>Prints what the notice is, a warning per thing drafting would ask for, or why it is not that notice.</summary>
    private static int CheckPublished(Notice notice, TextWriter output)
    {
        var check = PublishedNoticeCheck.Check(notice);
        var name = Domain.Catalogue.NoticeCatalogue.Get(notice.Type).Name.ToLowerInvariant();
        var id = notice.Publication?.NoticeId is { } noticeId ? $" {noticeId}" : string.Empty;
        if (!check.IsReadable)
        {
            foreach (var refusal in check.Refusals)
            {
                output.WriteLine(refusal.ToString());
            }

            return ExitCodes.Invalid;
        }

        var drafted = Domain.Catalogue.NoticeCatalogue.DraftedByWorkflow.Contains(notice.Type) ? string.Empty : " (read and shown; this product does not draft it)";
        output.WriteLine($"{notice.Type} {name}{id}: read as published{drafted}");
        foreach (var warning in check.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }

        return ExitCodes.Success;
    }

    private static Command Import()
    {
        var file = FileArgument("An OCDS release (or a release package holding one) as Find a Tender publishes it.");
        var command = new Command(
            "import",
            "Read a published OCDS release into the notice model and print the notice's JSON; warnings (what drafting would ask for) go to standard error.")
        { file };
        command.SetAction(result => Guard(result, output =>
        {
            var notice = InputFile.ReadRelease(result.GetRequiredValue(file), "render it instead");
            var check = PublishedNoticeCheck.Check(notice);
            var error = result.InvocationConfiguration.Error;
            foreach (var refusal in check.Refusals)
            {
                error.WriteLine(refusal.ToString());
            }

            if (!check.IsReadable)
            {
                return ExitCodes.Invalid;
            }

            foreach (var warning in check.Warnings)
            {
                error.WriteLine($"warning: {warning}");
            }

            output.WriteLine(NoticeJson.Serialize(notice, indented: true));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Render()
    {
        var file = FileArgument("A notice in the project's JSON.");
        var ocid = new Option<string>("--ocid") { Description = "The procurement's ocid, if the notice does not give it." };
        var noticeId = new Option<string>("--notice-id") { Description = "The Find a Tender notice id (nnnnnn-yyyy), if the notice was not read from a release." };
        var published = new Option<string>("--published") { Description = "When the notice is published, ISO 8601 (2026-09-03T15:18:45+01:00)." };
        var command = new Command("render", "Render a notice as the OCDS release Find a Tender publishes for it.") { file, ocid, noticeId, published };
        command.SetAction(result => Guard(result, output =>
        {
            var path = result.GetRequiredValue(file);
            var (kind, json) = InputFile.Load(path);
            if (kind != InputFile.Kind.Notice)
            {
                throw new BadInputException($"{path}: this is an OCDS release already; import it to get the notice.");
            }

            var notice = InputFile.Parse(path, () => NoticeJson.Deserialize(json));
            var context = Context(
                result.GetValue(ocid) ?? notice.Ocid,
                result.GetValue(noticeId) ?? notice.Publication?.NoticeId,
                PublishedOption(result.GetValue(published)) ?? notice.Publication?.Published);
            output.WriteLine(OcdsReleaseWriter.Write(notice, context, indented: true));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static DateTimeOffset? PublishedOption(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var published)
            ? published
            : throw new BadInputException($"--published: '{text}' is not a date and time; give it in ISO 8601, such as 2026-09-03T15:18:45+01:00.");
    }

    private static PublicationContext Context(string? ocid, string? noticeId, DateTimeOffset? published)
    {
        if (ocid is null || noticeId is null || published is null)
        {
            var missing = new List<string>();
            if (ocid is null)
            {
                missing.Add("--ocid");
            }

            if (noticeId is null)
            {
                missing.Add("--notice-id");
            }

            if (published is null)
            {
                missing.Add("--published");
            }

            throw new BadInputException($"The notice has not been published, so give {string.Join(", ", missing)} to say how Find a Tender publishes it.");
        }

        try
        {
            return new PublicationContext(ocid, noticeId, published.Value);
        }
        catch (FormatException e)
        {
            throw new BadInputException(e.Message);
        }
    }

    /// <summary>Runs a verb; input it cannot use becomes one line on standard error and exit code 2.</summary>
    internal static int Guard(ParseResult result, Func<TextWriter, int> run)
    {
        try
        {
            return run(result.InvocationConfiguration.Output);
        }
        catch (Exception e) when (e is BadInputException or NotSupportedException)
        {
            result.InvocationConfiguration.Error.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
    }
}
