using System.CommandLine;

namespace Notices.Cli;

/// <summary>The <c>notices</c> command: its verbs, and one way to run it with any output and error writers.</summary>
public static class NoticesCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Notices under the Procurement Act 2023: deadlines, validation, OCDS releases.");
        foreach (var command in NoticeCommands.Create())
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(AdoptCommand.Create());
        root.Subcommands.Add(DeadlineCommand.Create());
        return root;
    }

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var parsed = Create().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One clear line, not the library's help text: the first problem is the one to fix.
            error.WriteLine(parsed.Errors[0].Message);
            return ExitCodes.BadInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
