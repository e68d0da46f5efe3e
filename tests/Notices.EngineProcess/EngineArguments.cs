using System.Globalization;
using Notices.Storage.Workflow;

namespace Notices.EngineProcess;

/// <summary>
/// What the engine runs on, from the command line: the storage account's connection string, the task hub, the
/// workflow's table prefix and notices container, how long a message a dead process took stays hidden, in seconds,
/// and optionally a file to write when a publication has written its release (then the publication never finishes).
/// </summary>
internal sealed record EngineArguments(string ConnectionString, string TaskHub, WorkflowStorageNames Names, TimeSpan MessageVisibility, string? PauseMarker)
{
    public static EngineArguments Parse(string[] args)
    {
        if (args.Length is not (5 or 6))
        {
            throw new ArgumentException("Usage: connection-string task-hub table-prefix notices-container visibility-seconds [pause-marker]");
        }

        return new EngineArguments(
            args[0],
            args[1],
            new WorkflowStorageNames(args[2]) { NoticesContainer = args[3] },
            TimeSpan.FromSeconds(int.Parse(args[4], CultureInfo.InvariantCulture)),
            args.Length == 6 ? args[5] : null);
    }
}
