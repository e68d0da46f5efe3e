using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Notices.Azurite;

/// <summary>
/// Azurite run from the repository's pinned npm package: installed with <c>npm ci</c> when missing,
/// started on free (or given) ports, ready when all three endpoints answer, and stopped on dispose or
/// when this process ends, however it ends.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable, IDisposable
{
    // Runs Azurite inside a small wrapper that stops it when its standard input closes. The input is a
    // pipe from this process, and the operating system closes it when this process dies, even when
    // killed outright, so no Azurite outlives the test run or app that started it. Stopping goes
    // through Azurite's own SIGTERM handling, which saves a data folder before exiting.
    private const string Watchdog =
        "const stop=()=>{process.kill(process.pid,'SIGTERM');setTimeout(()=>process.exit(0),5000).unref();};" +
        "process.stdin.on('end',stop);process.stdin.on('error',stop);process.stdin.resume();" +
        "process.argv=[process.argv[0],...process.argv.slice(1)];require(process.argv[1]);";

    /// <summary>The development account every Azurite serves; its key is published, so it is no secret.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    private const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int StartAttempts = 3;
    private static readonly ConcurrentDictionary<AzuriteProcess, bool> Running = new();
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };

    private readonly Process _process;
    private readonly OutputTail _output;
    private readonly bool _keepsData;
    private int _disposed;

    static AzuriteProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += static (_, _) =>
        {
            foreach (var azurite in Running.Keys)
            {
                azurite.Dispose();
            }
        };
    }

    private AzuriteProcess(Process process, OutputTail output, int blobPort, int queuePort, int tablePort, bool keepsData)
    {
        _process = process;
        _keepsData = keepsData;
        _output = output;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    /// <summary>The Node.js process serving all three services (for measuring what it uses).</summary>
    public int ProcessId => _process.Id;

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    /// <summary>The full connection string for the development account on this instance's ports.</summary>
    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;" +
        $"AccountName={DevelopmentAccountName};AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{DevelopmentAccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{DevelopmentAccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{DevelopmentAccountName};";

    /// <summary>True once Azurite has stopped, whether it was disposed or ended by itself.</summary>
    public bool HasExited => Volatile.Read(ref _disposed) == 1 || _process.HasExited;

    /// <summary>Installs (if needed) and starts Azurite, returning once blob, queue and table all answer.</summary>
    public static async Task<AzuriteProcess> StartAsync(AzuriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AzuriteOptions();
        var root = options.RepositoryRoot ?? RepositoryRoot.Find();
        await NodeTooling.EnsureNodeAsync(cancellationToken).ConfigureAwait(false);
        await NodeTooling.EnsurePackagesAsync(root, options.InstallTimeout, cancellationToken).ConfigureAwait(false);

        var portsGiven = options.BlobPort is not null && options.QueuePort is not null && options.TablePort is not null;
        for (var attempt = 1; ; attempt++)
        {
            var azurite = Launch(root, options);
            try
            {
                await azurite.WaitUntilReadyAsync(options.StartTimeout, cancellationToken).ConfigureAwait(false);
                return azurite;
            }
            catch (AzuriteException) when (!portsGiven && attempt < StartAttempts && azurite.HasExited && azurite._output.Text.Contains("EADDRINUSE", StringComparison.Ordinal))
            {
                // Another process took a free port between choosing it and Azurite binding it: choose again.
                await azurite.DisposeAsync().ConfigureAwait(false);
            }
            catch
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Running.TryRemove(this, out _);
        try
        {
            if (_keepsData && !_process.HasExited)
            {
                // Closing its input asks Azurite to shut down cleanly and save its data folder.
                _process.StandardInput.Close();
                _process.WaitForExit(10_000);
            }

            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }

        _process.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static AzuriteProcess Launch(string root, AzuriteOptions options)
    {
        var blobPort = options.BlobPort ?? FreePort();
        var queuePort = options.QueuePort ?? FreePort();
        var tablePort = options.TablePort ?? FreePort();
        var startInfo = new ProcessStartInfo("node")
        {
            // Azurite writes nothing here in memory mode, but keep its working folder out of the repository.
            WorkingDirectory = options.DataFolder ?? Path.GetTempPath(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-e", Watchdog, NodeTooling.AzuriteScript(root),
            "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(CultureInfo.InvariantCulture),
            "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (options.DataFolder is null)
        {
            startInfo.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(options.DataFolder);
            startInfo.ArgumentList.Add("--location");
            startInfo.ArgumentList.Add(options.DataFolder);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new AzuriteException("Azurite could not be started. " + NodeTooling.InstallAdvice);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new AzuriteException("Azurite needs Node.js, which was not found on PATH. " + NodeTooling.InstallAdvice, e);
        }

        var output = new OutputTail();
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, output, blobPort, queuePort, tablePort, options.DataFolder is not null);
        Running[azurite] = true;
        return azurite;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (!await AnswersAsync(port, cancellationToken).ConfigureAwait(false))
            {
                if (_process.HasExited)
                {
                    // Let the output readers catch up before quoting them.
                    await Task.Delay(200, cancellationToken).ConfigureAwait(false);
                    throw new AzuriteException($"Azurite exited with code {_process.ExitCode} before it was ready. Its output:{Environment.NewLine}{_output.Text}");
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new AzuriteException($"Azurite did not answer on port {port} within {timeout.TotalSeconds:0} seconds. Its output:{Environment.NewLine}{_output.Text}");
                }

                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<bool> AnswersAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            // Any HTTP answer (an unauthorised request gets 403 or 400) means the service is listening.
            using var response = await Probe.GetAsync(new Uri($"http://127.0.0.1:{port}/"), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The last lines Azurite printed, to quote when it fails to start.</summary>
    private sealed class OutputTail
    {
        private readonly Queue<string> _lines = new();

        public string Text
        {
            get
            {
                lock (_lines)
                {
                    return string.Join(Environment.NewLine, _lines);
                }
            }
        }

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Enqueue(line);
                if (_lines.Count > 40)
                {
                    _lines.Dequeue();
                }
            }
        }
    }
}
