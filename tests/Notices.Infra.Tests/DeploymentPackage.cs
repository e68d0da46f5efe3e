using System.Diagnostics;
using System.IO.Compression;

namespace Notices.Infra.Tests;

/// <summary>
/// Runs scripts/package.sh once, into its default output (the folder azure.yaml deploys), and
/// keeps what it printed, for the tests of the deployment package.
/// </summary>
public sealed class DeploymentPackage : IDisposable
{
    public string Output { get; } = Path.Combine(RepositoryFiles.Root, "artifacts", "deploy");

    public string Site => Path.Combine(Output, "site");

    public string ZipPath => Path.Combine(Output, "notice-functions.zip");

    public int ExitCode { get; }

    public string Log { get; }

    public ZipArchive? Zip { get; }

    public DeploymentPackage()
    {
        (ExitCode, Log) = Run("bash", [Path.Combine(RepositoryFiles.Root, "scripts", "package.sh")], TimeSpan.FromMinutes(8));
        if (ExitCode == 0 && File.Exists(ZipPath)) Zip = ZipFile.OpenRead(ZipPath);
    }

    /// <summary>Runs a program to completion and returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryFiles.Root,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The publish step starts the app; it must not think it is on a developer's machine.
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose() => Zip?.Dispose();
}
