using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MiniAurora.Core.Errors;

namespace MiniAurora.Lambda.Core;

/// <summary>
/// The invocation core (issue #7 item 4, ARCHITECTURE.md B10). Two lanes that never share capacity:
/// <list type="bullet">
/// <item>the <b>sync lane</b> (<see cref="InvokeAsync"/>): RequestResponse/DryRun, and Event in Aurora's
/// immediate mode; one attempt, at most <see cref="LambdaOptions.SyncConcurrency"/> at once;</item>
/// <item>the <b>async lane</b> (<see cref="EnqueueAsync"/>, <see cref="EnqueueDurable"/>): queued Event
/// deliveries with per-function caps, exponential backoff with jitter honouring Retry-After on throttling,
/// 5xx and network errors, and a dead-letter list after <see cref="LambdaOptions.MaxAttempts"/>.</item>
/// </list>
/// Nothing here blocks a thread: waits are awaits, timers come from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class LambdaInvocationCore : ILambdaInvoker, IAsyncDisposable
{
    private readonly LambdaOptions _options;
    private readonly ILambdaTransport _transport;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IAsyncInvocationListener? _listener;
    private readonly RetryPolicy _retry;
    private readonly SemaphoreSlim _syncSlots;
    private readonly SemaphoreSlim _queueSlots;
    private readonly Channel<PendingInvocation> _ready = Channel.CreateUnbounded<PendingInvocation>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<string, PendingInvocation> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FunctionLane> _lanes = new(StringComparer.Ordinal);
    private readonly LinkedList<DeadLetter> _deadLetters = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _dispatchers;

    public LambdaInvocationCore(LambdaOptions options, ILambdaTransport transport, TimeProvider time,
        IAsyncInvocationListener? listener = null, ILogger? logger = null)
        : this(options, transport, time, listener, logger, null)
    {
    }

    internal LambdaInvocationCore(LambdaOptions options, ILambdaTransport transport, TimeProvider time,
        IAsyncInvocationListener? listener, ILogger? logger, Func<double>? jitter)
    {
        _options = options;
        _transport = transport;
        _time = time;
        _listener = listener;
        _logger = logger ?? NullLogger.Instance;
        _retry = new RetryPolicy(options, jitter);
        _syncSlots = new SemaphoreSlim(Math.Max(1, options.SyncConcurrency));
        _queueSlots = new SemaphoreSlim(Math.Max(1, options.AsyncQueueCapacity));
        _dispatchers = new Task[Math.Max(1, options.AsyncConcurrency)];
        for (int i = 0; i < _dispatchers.Length; i++)
        {
            _dispatchers[i] = Task.Run(() => DispatchLoopAsync(_stop.Token));
        }
    }

    public LambdaCounters Counters { get; } = new();

    /// <summary>
    /// The sync lane: one attempt of <paramref name="request"/>. API failures throw 1873 (inner
    /// <see cref="LambdaApiException"/>); a function error is returned in the result.
    /// </summary>
    public async ValueTask<LambdaResult> InvokeAsync(LambdaRequest request, CancellationToken ct)
    {
        if (request.InvocationType == LambdaInvocationType.Event)
        {
            Counters.AsyncCall();
        }
        else
        {
            Counters.SyncCall();
        }
        await _syncSlots.WaitAsync(ct).ConfigureAwait(false);
        Counters.SyncInFlightDelta(1);
        long start = _time.GetTimestamp();
        try
        {
            var result = await _transport.SendAsync(request, ct).ConfigureAwait(false);
            Counters.SyncLatency.Record(_time.GetElapsedTime(start));
            return result;
        }
        catch (LambdaApiException ex)
        {
            Counters.FailedOne();
            LogFailure(_logger, request.Target.ToString(), ex.Message, null);
            throw ex.ToMySqlException();
        }
        finally
        {
            Counters.SyncInFlightDelta(-1);
            _syncSlots.Release();
        }
    }

    /// <summary>
    /// Queues an Event invocation from a SQL caller. When the queue is full it waits for room
    /// (<see cref="LambdaBackpressureMode.Wait"/>, asynchronously) or throws 1873 (<see cref="LambdaBackpressureMode.Error"/>).
    /// Returns once queued; delivery happens on the async lane.
    /// </summary>
    public async ValueTask EnqueueAsync(AsyncInvocation invocation, CancellationToken ct)
    {
        if (_options.Backpressure == LambdaBackpressureMode.Error)
        {
            if (!await _queueSlots.WaitAsync(TimeSpan.Zero, ct).ConfigureAwait(false))
            {
                Counters.FailedOne();
                throw new LambdaApiException(LambdaFailureKind.QueueFull,
                    $"Async invocation queue is full ({_options.AsyncQueueCapacity} pending)").ToMySqlException();
            }
        }
        else
        {
            await _queueSlots.WaitAsync(ct).ConfigureAwait(false);
        }
        Admit(invocation, holdsCapacity: true);
    }

    /// <summary>
    /// Queues an invocation that is already durable (the storage outbox's committed records, at commit or at
    /// recovery). Never waits and never refuses: the bound was applied when the statement ran, and refusing a
    /// committed record would only delay it to the next restart. Returns false for an id already pending.
    /// </summary>
    public bool EnqueueDurable(AsyncInvocation invocation)
    {
        // Take a slot when one is free so the bound reflects durable work too; never wait for one.
        bool slot = _queueSlots.Wait(0);
        return Admit(invocation, holdsCapacity: slot);
    }

    /// <summary>
    /// The backpressure check for outbox mode, before a statement writes a lambda_async record: returns at once while
    /// the queue has room; when full, waits for room (<see cref="LambdaBackpressureMode.Wait"/>) or throws 1873
    /// (<see cref="LambdaBackpressureMode.Error"/>). It reserves nothing: the committed record is admitted by
    /// <see cref="EnqueueDurable"/>.
    /// </summary>
    public async ValueTask EnsureCapacityAsync(CancellationToken ct)
    {
        if (_queueSlots.CurrentCount > 0)
        {
            return;
        }
        if (_options.Backpressure == LambdaBackpressureMode.Error)
        {
            Counters.FailedOne();
            throw new LambdaApiException(LambdaFailureKind.QueueFull,
                $"Async invocation queue is full ({_options.AsyncQueueCapacity} pending)").ToMySqlException();
        }
        await _queueSlots.WaitAsync(ct).ConfigureAwait(false);
        _queueSlots.Release();
    }

    /// <summary>Pending invocations (queued, in flight, waiting to retry), for information_schema.</summary>
    public IReadOnlyList<PendingInvocationInfo> GetPending() =>
        _pending.Values.Select(p => new PendingInvocationInfo(p.Invocation.Id, p.FunctionKey, p.Attempts, p.State, p.LastError, p.NextAttemptAt)).ToList();

    /// <summary>Dead letters, oldest first (at most <see cref="LambdaOptions.DeadLetterCapacity"/>).</summary>
    public IReadOnlyList<DeadLetter> GetDeadLetters()
    {
        lock (_deadLetters)
        {
            return _deadLetters.ToList();
        }
    }

    /// <summary>Moves dead letters matching <paramref name="filter"/> (all when null) back to the queue with fresh attempts.</summary>
    public int RedriveDeadLetters(Func<DeadLetter, bool>? filter = null)
    {
        List<DeadLetter> chosen;
        lock (_deadLetters)
        {
            chosen = _deadLetters.Where(d => filter is null || filter(d)).ToList();
            foreach (var d in chosen)
            {
                _deadLetters.Remove(d);
            }
        }
        int n = 0;
        foreach (var d in chosen)
        {
            n += Admit(d.Invocation, holdsCapacity: false) ? 1 : 0;
        }
        return n;
    }

    /// <summary>Completes when no invocation is pending (tests, clean shutdown) or <paramref name="ct"/> fires.</summary>
    public async Task WhenIdleAsync(CancellationToken ct)
    {
        while (!_pending.IsEmpty)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), ct).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _ready.Writer.TryComplete();
        await Task.WhenAll(_dispatchers).ConfigureAwait(false);
        _stop.Dispose();
        _syncSlots.Dispose();
        _queueSlots.Dispose();
    }

    private bool Admit(AsyncInvocation invocation, bool holdsCapacity)
    {
        var p = new PendingInvocation(invocation, holdsCapacity, _time.GetTimestamp());
        if (_stop.IsCancellationRequested || !_pending.TryAdd(invocation.Id, p))
        {
            if (holdsCapacity)
            {
                _queueSlots.Release();
            }
            return false;
        }
        Counters.AsyncCall();
        Counters.QueuedDelta(1);
        _ready.Writer.TryWrite(p);
        return true;
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Lambda call to {Function} failed: {Error}")]
    private static partial void LogFailure(ILogger logger, string function, string error, Exception? ex);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "Lambda invocation {Id} to {Function} dead-lettered after {Attempts} attempt(s): {Error}")]
    private static partial void LogDeadLetter(ILogger logger, string id, string function, int attempts, string error);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Lambda invocation {Id} to {Function} failed (attempt {Attempt}), retrying in {DelayMs} ms: {Error}")]
    private static partial void LogRetry(ILogger logger, string id, string function, int attempt, long delayMs, string error);
}
