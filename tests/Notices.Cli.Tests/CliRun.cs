using System.Diagnostics;

namespace Notices.Cli.Tests;

/// <summary>Runs the <c>notices</c> command in-process with captured output, over files in a scratch folder.</summary>
public sealed class CliRun : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("notices-cli-").FullName;

    public string File(string name, string content)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = NoticesCommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built <c>notices</c> program as a separate process.</summary>
    public static (int Exit, string Output, string Error) RunBuilt(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "notices.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
