using System.Diagnostics;
using Notices.Azurite;

namespace NoticeFunctions.Tests.Support;

/// <summary><c>dotnet publish</c> of one of the repository's projects into a folder, as a deployment builds it.</summary>
internal static class DotnetPublish
{
    public static async Task RunAsync(string project, string folder)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", Path.Combine(RepositoryRoot.Find(), project), "--nologo", "-o", folder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} failed ({publish.ExitCode}):\n{await output}\n{await errors}");
        }
    }
}
