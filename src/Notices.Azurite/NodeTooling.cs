using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Notices.Azurite;

/// <summary>Node.js and the repository's pinned npm packages: checks that Node is there and runs <c>npm ci</c> once when they are missing.</summary>
internal static class NodeTooling
{
    public const string InstallAdvice =
        "Install Node.js 20 or later: on Debian or Ubuntu 'apt-get install nodejs npm' (as root), elsewhere from nodejs.org. Then run the tests again.";

    public static string AzuriteScript(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "node_modules", "azurite", "dist", "src", "azurite.js");

    public static async Task EnsureNodeAsync(CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunAsync("node", ["--version"], Directory.GetCurrentDirectory(), TimeSpan.FromSeconds(30), "Azurite needs Node.js, which was not found on PATH. " + InstallAdvice, cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new AzuriteException($"'node --version' failed ({exitCode}): {output.Trim()}. {InstallAdvice}");
        }
    }

    /// <summary>
    /// Runs <c>npm ci</c> at the repository root when Azurite is not installed. A file lock keeps two
    /// test processes from installing at once; the second waits and then finds it done.
    /// </summary>
    public static async Task EnsurePackagesAsync(string repositoryRoot, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (File.Exists(AzuriteScript(repositoryRoot)))
        {
            return;
        }

        var lockPath = Path.Combine(Path.GetTempPath(), "notices-npm-ci-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(repositoryRoot)))[..16] + ".lock");
        using var installLock = await AcquireLockAsync(lockPath, timeout, cancellationToken).ConfigureAwait(false);
        if (File.Exists(AzuriteScript(repositoryRoot)))
        {
            return;
        }

        var (exitCode, output) = await RunAsync(
            "npm",
            ["ci", "--no-audit", "--no-fund", "--loglevel=error"],
            repositoryRoot,
            timeout,
            "Installing Azurite needs npm, which was not found on PATH. " + InstallAdvice,
            cancellationToken).ConfigureAwait(false);
        if (exitCode != 0 || !File.Exists(AzuriteScript(repositoryRoot)))
        {
            throw new AzuriteException($"'npm ci' in '{repositoryRoot}' failed (exit code {exitCode}), so Azurite is not installed. Its output:{Environment.NewLine}{Tail(output)}");
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, string workingDirectory, TimeSpan timeout, string missingMessage, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new AzuriteException(missingMessage);
        }
        catch (Win32Exception e)
        {
            throw new AzuriteException(missingMessage, e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeoutSource.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(timeoutSource.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new AzuriteException($"'{fileName} {string.Join(' ', arguments)}' did not finish within {timeout.TotalSeconds:0} seconds.");
            }

            return (process.ExitCode, await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false));
        }
    }

    internal static string Tail(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(Environment.NewLine, lines.Skip(Math.Max(0, lines.Length - 30)));
    }
}
