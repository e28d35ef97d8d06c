using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MiniAurora.Lambda.Emulator;

/// <summary>
/// A Lambda-compatible endpoint on loopback (issue #7 item 6), embedded in the server or run standalone by
/// MiniAurora.LambdaEndpoint. It serves, on one port:
/// <list type="bullet">
/// <item>the Invoke API (<c>POST /2015-03-31/functions/{name}/invocations</c>: RequestResponse, Event with its own
/// queue, DryRun, Qualifier), SigV4-verified, with AWS's error shapes;</item>
/// <item>STS (<c>POST /</c>, <c>Action=AssumeRole</c> for <see cref="LocalEndpointOptions.Roles"/>, <c>GetCallerIdentity</c>);</item>
/// <item>the Runtime API (<c>/2018-06-01/runtime/...</c>) its handler processes poll.</item>
/// </list>
/// Every qualifier resolves to <c>$LATEST</c> (local functions have no versions).
/// </summary>
public sealed partial class LocalLambdaEndpoint : IAsyncDisposable
{
    private readonly LocalEndpointOptions _options;
    private readonly TimeProvider _time;
    private readonly LocalCredentialStore _credentials;
    private readonly SigV4Verifier _verifier;
    private readonly RuntimeApiHub _hub = new();
    private readonly ConcurrentDictionary<string, ILocalFunction> _functions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<LocalFault>> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<InvocationRecord> _records = new();
    private readonly Channel<(ILocalFunction Function, LocalInvocation Invocation, int Attempt)> _events =
        Channel.CreateUnbounded<(ILocalFunction, LocalInvocation, int)>();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _eventWorkers = [];
    private WebApplication? _app;
    private string? _bootstrapDir;
    private long _eventsPending;

    public LocalLambdaEndpoint(LocalEndpointOptions options, TimeProvider? time = null)
    {
        _options = options;
        _time = time ?? TimeProvider.System;
        _credentials = new LocalCredentialStore(options.Credentials, _time);
        _verifier = new SigV4Verifier(_credentials, _time);
    }

    /// <summary>The base URI (e.g. <c>http://127.0.0.1:40123/</c>) once started.</summary>
    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The first configured key: what a client of this endpoint signs with.</summary>
    public AwsCredentials RootCredentials => _options.Credentials[0];

    public IReadOnlyCollection<string> FunctionNames => _functions.Keys.ToList();

    /// <summary>The last invocations run (at most 10,000, payloads cut at 64 KiB), oldest first.</summary>
    public IReadOnlyList<InvocationRecord> Invocations => _records.ToArray();

    /// <summary>Event invocations accepted and not yet finished.</summary>
    public long EventsPending => Interlocked.Read(ref _eventsPending);

    /// <summary>Starts Kestrel on loopback, loads built-ins and the functions folder.</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        _bootstrapDir = ExtractBootstraps();
        if (_options.EnableBuiltins)
        {
            foreach (var f in BuiltinFunctions.Create(_time, _options.DefaultTimeout))
            {
                _functions[f.Name] = f;
            }
        }
        if (_options.FunctionsDirectory is { } dir)
        {
            foreach (var def in FunctionDefinition.Scan(dir, _options.DefaultTimeout, _options.ProcessesPerFunction))
            {
                _functions[def.Name] = new ProcessFunction(def, _options, _hub, () => Endpoint, _bootstrapDir, _time);
            }
        }
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 8 * 1024 * 1024;
            k.Listen(IPAddress.Loopback, _options.Port);
        });
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(ct).ConfigureAwait(false);
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Endpoint = new Uri(address.EndsWith('/') ? address : address + "/");
        for (int i = 0; i < Math.Max(1, _options.EventConcurrency); i++)
        {
            _eventWorkers.Add(Task.Run(() => RunEventsAsync(_stop.Token)));
        }
    }

    /// <summary>Adds (or replaces) a function, e.g. a test double.</summary>
    public void AddFunction(ILocalFunction function) => _functions[function.Name] = function;

    /// <summary>Builds a process-backed function for a handler folder (call after <see cref="StartAsync"/>).</summary>
    internal ILocalFunction CreateProcessFunction(FunctionDefinition definition) =>
        new ProcessFunction(definition, _options, _hub, () => Endpoint, _bootstrapDir ?? throw new InvalidOperationException("not started"), _time);

    /// <summary>The next invocations of <paramref name="function"/> get these API errors instead of running, in order.</summary>
    public void InjectFaults(string function, params LocalFault[] faults)
    {
        var q = _faults.GetOrAdd(function, _ => new ConcurrentQueue<LocalFault>());
        foreach (var f in faults)
        {
            q.Enqueue(f);
        }
    }

    /// <summary>Completes when no Event invocation is pending.</summary>
    public async Task WhenEventsIdleAsync(CancellationToken ct)
    {
        while (EventsPending > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), ct).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Order matters: stop the handler processes and cancel their /next long polls first, or Kestrel's
        // graceful stop would wait its whole shutdown timeout for those requests.
        await _stop.CancelAsync().ConfigureAwait(false);
        _events.Writer.TryComplete();
        foreach (var f in _functions.Values)
        {
            await f.DisposeAsync().ConfigureAwait(false);
        }
        if (_app is not null)
        {
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _app.StopAsync(quick.Token).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
        await Task.WhenAll(_eventWorkers).ConfigureAwait(false);
        _stop.Dispose();
        if (_bootstrapDir is not null)
        {
            try
            {
                Directory.Delete(_bootstrapDir, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private async Task RunEventsAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var (function, invocation, attempt) in _events.Reader.ReadAllAsync(stop).ConfigureAwait(false))
            {
                bool retrying = false;
                try
                {
                    var outcome = await RunAsync(function, invocation, stop).ConfigureAwait(false);
                    Record(function.Name, invocation, LambdaInvocationType.Event, outcome);
                    if (outcome.FunctionError is not null && attempt <= _options.EventRetries)
                    {
                        // Lambda retries a failed asynchronous invocation (same request id) up to two more times.
                        retrying = true;
                        _ = RetryEventAsync(function, invocation, attempt, stop);
                    }
                }
                finally
                {
                    if (!retrying)
                    {
                        Interlocked.Decrement(ref _eventsPending);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Shutdown drops queued events, as a stopped Lambda service would not.
        }
    }

    private async Task RetryEventAsync(ILocalFunction function, LocalInvocation invocation, int attempt, CancellationToken stop)
    {
        try
        {
            await Task.Delay(_options.EventRetryDelay * (1 << (attempt - 1)), _time, stop).ConfigureAwait(false);
            var retry = invocation with { Deadline = _time.GetUtcNow() + function.Timeout };
            if (_events.Writer.TryWrite((function, retry, attempt + 1)))
            {
                return;
            }
        }
        catch (OperationCanceledException)
        {
            // Shutdown: the retry is dropped.
        }
        Interlocked.Decrement(ref _eventsPending);
    }

    /// <summary>Runs one invocation under the function's timeout; a function that throws is an Unhandled error.</summary>
    private async Task<LocalOutcome> RunAsync(ILocalFunction function, LocalInvocation invocation, CancellationToken ct)
    {
        try
        {
            var pending = function.InvokeAsync(invocation, ct);
            if (pending.IsCompletedSuccessfully)
            {
                // Built-ins like echo finish synchronously: no timeout timer needed.
                return pending.Result;
            }
            return await pending.AsTask().WaitAsync(function.Timeout + TimeSpan.FromSeconds(1), _time, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return LocalOutcome.TimedOut(invocation.RequestId, function.Timeout);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return LocalOutcome.Error(ex.GetType().Name, ex.Message);
        }
    }

    private void Record(string function, LocalInvocation inv, LambdaInvocationType type, LocalOutcome outcome)
    {
        // Only the first 64 KiB of each payload is kept: the log is for tests and diagnostics, not a second store.
        var payload = inv.Payload.Span;
        _records.Enqueue(new InvocationRecord(function, inv.RequestId, type, System.Text.Encoding.UTF8.GetString(payload[..Math.Min(payload.Length, 64 * 1024)]),
            inv.ClientContext, outcome.FunctionError));
        while (_records.Count > 10_000 && _records.TryDequeue(out _))
        {
        }
    }

    private static string ExtractBootstraps()
    {
        string dir = Path.Combine(Path.GetTempPath(), "miniaurora-lambda-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var asm = Assembly.GetExecutingAssembly();
        foreach (string name in new[] { "python_bootstrap.py", "node_bootstrap.js" })
        {
            using var s = asm.GetManifestResourceStream("bootstraps/" + name)
                ?? throw new InvalidOperationException("missing embedded bootstrap " + name);
            using var f = File.Create(Path.Combine(dir, name));
            s.CopyTo(f);
        }
        return dir;
    }
}
