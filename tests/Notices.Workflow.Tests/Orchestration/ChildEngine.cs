using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>
/// The workflow's engine running in a process of its own (tests/Notices.EngineProcess), on a task hub and ports the
/// test chose, so that a test can kill it outright, as a crash or a redeployment would, and start another.
/// </summary>
public sealed class ChildEngine : IAsyncDisposable
{
    /// <summary>
    /// How long a message a killed engine had taken stays hidden from the next one: long enough for any step to
    /// finish on a busy machine (the engine renews it while it works), short enough for a test to wait out.
    /// </summary>
    public const int MessageVisibilitySeconds = 15;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private ChildEngine(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts an engine and returns once it runs.</summary>
    /// <param name="connectionString">The storage account, for the task hub and the ports.</param>
    /// <param name="taskHub">The task hub, which no other engine uses.</param>
    /// <param name="ports">The workflow's tables and notices container.</param>
    /// <param name="pauseMarker">A file the engine writes once a publication has written its release; that publication then never finishes.</param>
    public static async Task<ChildEngine> StartAsync(string connectionString, string taskHub, AzurePorts ports, string? pauseMarker = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Notices.EngineProcess.dll"));
        foreach (var argument in new[]
        {
            connectionString, taskHub, ports.Names.TablePrefix, ports.Names.NoticesContainer,
            MessageVisibilitySeconds.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (pauseMarker is not null)
        {
            start.ArgumentList.Add(pauseMarker);
        }

        var engine = new ChildEngine(Process.Start(start) ?? throw new InvalidOperationException("The engine process did not start."));
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            while (await engine._process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line == "ready")
                {
                    return engine;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below with what the engine wrote.
        }

        var errors = engine.Errors;
        await engine.DisposeAsync();
        throw new InvalidOperationException($"The engine process did not become ready: {errors}");
    }

    /// <summary>What the engine wrote to its standard error, for a failure's message.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>Kills the engine at once, with no chance to finish or hand back what it was doing.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // Closing its input asks it to stop; one that does not stop in time is killed.
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                Kill();
            }
        }

        _process.Dispose();
    }
}
