using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MiniAurora.TestKit;

/// <summary>
/// Runs the real MiniAurora server binary as a child process on a free loopback port with its own
/// data directory, waits for its 'ready for connections' log line, and stops it (SIGTERM, or
/// SIGKILL for crash tests). Output is captured for diagnostics.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly bool _ownsDataDirectory;

    private ServerProcess(Process process, int port, string dataDirectory, bool ownsDataDirectory)
    {
        _process = process;
        Port = port;
        DataDirectory = dataDirectory;
        _ownsDataDirectory = ownsDataDirectory;
    }

    public int Port { get; }

    public string DataDirectory { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public string ConnectionString(string user = "root", string password = "", string? database = null, string extra = "") =>
        $"Server=127.0.0.1;Port={Port};User ID={user};Password={password};" + (database is null ? "" : $"Database={database};") + extra;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts a server; <paramref name="dataDirectory"/> defaults to a new temporary folder.</summary>
    public static async Task<ServerProcess> StartAsync(string? dataDirectory = null, IEnumerable<string>? extraArgs = null, int? port = null, TimeSpan? timeout = null)
    {
        bool ownsDataDirectory = dataDirectory is null;
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "miniaurora-test-" + Guid.NewGuid().ToString("N")[..12]);
        int chosenPort = port ?? FreePort();
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(RepoPaths.ServerDll);
        psi.ArgumentList.Add($"--port={chosenPort}");
        psi.ArgumentList.Add("--bind-address=127.0.0.1");
        psi.ArgumentList.Add($"--datadir={dataDirectory}");
        foreach (var a in extraArgs ?? [])
        {
            psi.ArgumentList.Add(a);
        }
        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        var server = new ServerProcess(process, chosenPort, dataDirectory, ownsDataDirectory);
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        process.Exited += (_, _) => server._ready.TrySetException(new InvalidOperationException("server exited before it was ready:\n" + server.Log));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server._ready.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
        }
        catch
        {
            await server.KillAsync();
            throw;
        }
        return server;
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.AppendLine(line);
        }
        if (line.Contains("ready for connections", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }

    /// <summary>Sends SIGTERM and waits for a clean exit.</summary>
    public async Task StopAsync(TimeSpan? timeout = null)
    {
        if (_process.HasExited)
        {
            return;
        }
        Posix.Kill(_process.Id, Posix.SigTerm);
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            throw new TimeoutException("server did not stop on SIGTERM:\n" + Log);
        }
    }

    /// <summary>SIGKILL: the crash a durability test needs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (TimeoutException)
        {
        }
        _process.Dispose();
        // A data directory the fixture made up itself is removed; one the test named is the test's to keep.
        if (_ownsDataDirectory && Directory.Exists(DataDirectory))
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
