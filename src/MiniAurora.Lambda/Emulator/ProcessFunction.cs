using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace MiniAurora.Lambda.Emulator;

/// <summary>
/// A folder function run by a pool of long-lived handler processes speaking the Runtime API. Invocations queue
/// on a channel that the processes' <c>/next</c> long-polls read, so the pool size is the concurrency. A timed
/// out invocation kills its process; a process that dies fails its current invocation (Runtime.ExitError) and is
/// replaced (with a pause when it keeps dying, e.g. an import error).
/// </summary>
internal sealed class ProcessFunction(FunctionDefinition definition, LocalEndpointOptions options, RuntimeApiHub hub,
    Func<Uri> runtimeApi, string bootstrapDir, TimeProvider time) : ILocalFunction
{
    private readonly Channel<RuntimeInvocation> _queue = Channel.CreateUnbounded<RuntimeInvocation>();
    private readonly List<HandlerProcess> _workers = [];
    private readonly object _gate = new();
    private bool _started;
    private bool _disposed;
    private int _recentCrashes;
    private volatile string? _startError;
    private volatile LocalOutcome? _initError;

    public string Name => definition.Name;

    public TimeSpan Timeout => definition.Timeout;

    public ChannelReader<RuntimeInvocation> Queue => _queue.Reader;

    public async ValueTask<LocalOutcome> InvokeAsync(LocalInvocation invocation, CancellationToken ct)
    {
        EnsureStarted();
        if (_initError is { } initError)
        {
            // Like Lambda: while the handler cannot even be loaded, invocations fail at once with the init error.
            return initError;
        }
        if (_startError is { } startError)
        {
            lock (_gate)
            {
                if (_workers.Count == 0)
                {
                    return LocalOutcome.Error("Runtime.InvalidRuntime", $"cannot start the {definition.Runtime} runtime: {startError}");
                }
            }
        }
        var ri = new RuntimeInvocation(invocation);
        hub.AddInvocation(ri);
        try
        {
            _queue.Writer.TryWrite(ri);
            try
            {
                return await ri.Completion.WaitAsync(definition.Timeout, time, ct).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                if (ri.TryComplete(LocalOutcome.TimedOut(invocation.RequestId, definition.Timeout)))
                {
                    // Lambda stops a timed-out sandbox; the next invocation gets a fresh process.
                    ri.Worker?.Kill();
                }
                return await ri.Completion.ConfigureAwait(false);
            }
        }
        finally
        {
            hub.RemoveInvocation(ri);
        }
    }

    /// <summary>A process reported <c>/init/error</c>: fail what is queued and answer new invocations with it until a process polls.</summary>
    public void OnInitError(LocalOutcome error)
    {
        _initError = error;
        while (_queue.Reader.TryRead(out var ri))
        {
            ri.TryComplete(error);
        }
    }

    /// <summary>A process polls <c>/next</c>, so it initialised: the handler loads again.</summary>
    public void OnPolling() => _initError = null;

    /// <summary>Called when a process takes an invocation from /next.</summary>
    public void Assign(HandlerProcess worker, RuntimeInvocation ri)
    {
        ri.Worker = worker;
        worker.Current = ri;
        Interlocked.Exchange(ref _recentCrashes, 0);
    }

    private void EnsureStarted()
    {
        lock (_gate)
        {
            if (_started || _disposed)
            {
                return;
            }
            _started = true;
            for (int i = 0; i < definition.Concurrency; i++)
            {
                StartWorker();
            }
        }
    }

    private void StartWorker()
    {
        string token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        bool python = definition.Runtime == "python3";
        var psi = new ProcessStartInfo(python ? options.PythonPath : options.NodePath)
        {
            WorkingDirectory = definition.Directory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = false,
            RedirectStandardError = false,
        };
        psi.ArgumentList.Add(Path.Combine(bootstrapDir, python ? "python_bootstrap.py" : "node_bootstrap.js"));
        var api = runtimeApi();
        psi.Environment["AWS_LAMBDA_RUNTIME_API"] = $"{api.Host}:{api.Port}";
        psi.Environment["_HANDLER"] = definition.Handler;
        psi.Environment["LAMBDA_TASK_ROOT"] = definition.Directory;
        psi.Environment["AWS_LAMBDA_FUNCTION_NAME"] = definition.Name;
        psi.Environment["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST";
        psi.Environment["AWS_LAMBDA_FUNCTION_TIMEOUT"] = ((int)Math.Ceiling(definition.Timeout.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        psi.Environment["AWS_REGION"] = options.Region;
        psi.Environment["MINIAURORA_WORKER_TOKEN"] = token;
        psi.Environment["PYTHONUNBUFFERED"] = "1";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        foreach (var (k, v) in options.HandlerEnvironment)
        {
            psi.Environment[k] = v;
        }
        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        var worker = new HandlerProcess(this, token, process);
        process.Exited += (_, _) => OnExited(worker);
        hub.AddWorker(worker);
        lock (_gate)
        {
            _workers.Add(worker);
        }
        try
        {
            process.Start();
            _startError = null;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            // Interpreter missing: invocations fail at once instead of waiting for their timeout.
            _startError = $"{psi.FileName}: {ex.Message}";
            hub.RemoveWorker(worker);
            lock (_gate)
            {
                _workers.Remove(worker);
            }
            process.Dispose();
        }
    }

    private void OnExited(HandlerProcess worker)
    {
        hub.RemoveWorker(worker);
        int code = -1;
        try
        {
            code = worker.Process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            // No exit code available.
        }
        var current = worker.Current;
        current?.TryComplete(LocalOutcome.Error("Runtime.ExitError",
            $"RequestId: {current.Invocation.RequestId} Error: Runtime exited with error: exit status {code}"));
        worker.Process.Dispose();
        lock (_gate)
        {
            _workers.Remove(worker);
            if (_disposed)
            {
                return;
            }
        }
        _ = ReplaceAsync();
    }

    private async Task ReplaceAsync()
    {
        // Back off when processes keep dying without ever taking an invocation (bad handler): 0, 0.1, 0.2 ... 2 s.
        int crashes = Interlocked.Increment(ref _recentCrashes);
        var pause = TimeSpan.FromMilliseconds(Math.Min(2000, 100 * (crashes - 1)));
        if (pause > TimeSpan.Zero)
        {
            await Task.Delay(pause, time).ConfigureAwait(false);
        }
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
        }
        StartWorker();
    }

    public async ValueTask DisposeAsync()
    {
        List<HandlerProcess> workers;
        lock (_gate)
        {
            _disposed = true;
            workers = [.. _workers];
        }
        _queue.Writer.TryComplete();
        foreach (var w in workers)
        {
            w.Kill();
        }
        foreach (var w in workers)
        {
            try
            {
                await w.Process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
            {
                // Best effort.
            }
        }
    }
}
