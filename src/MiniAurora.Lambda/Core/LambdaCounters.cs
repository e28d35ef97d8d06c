using System.Globalization;

namespace MiniAurora.Lambda.Core;

/// <summary>
/// The invocation core's counters, read by <c>SHOW GLOBAL STATUS LIKE 'Lambda%'</c> through <see cref="Snapshot"/>.
/// Every increment is one interlocked operation.
/// </summary>
public sealed class LambdaCounters
{
    private long _syncCalls, _asyncCalls, _queued, _syncInFlight, _asyncInFlight, _delivered, _retried, _failed, _deadLettered;

    internal LatencyWindow SyncLatency { get; } = new();

    internal LatencyWindow AsyncLatency { get; } = new();

    public long SyncCalls => Volatile.Read(ref _syncCalls);

    public long AsyncCalls => Volatile.Read(ref _asyncCalls);

    /// <summary>Pending async invocations (queued, in flight or waiting to retry).</summary>
    public long Queued => Volatile.Read(ref _queued);

    public long InFlight => Volatile.Read(ref _syncInFlight) + Volatile.Read(ref _asyncInFlight);

    public long Delivered => Volatile.Read(ref _delivered);

    public long Retried => Volatile.Read(ref _retried);

    /// <summary>Failed calls: sync calls that raised an API error, and async attempts that failed.</summary>
    public long Failed => Volatile.Read(ref _failed);

    public long DeadLettered => Volatile.Read(ref _deadLettered);

    internal void SyncCall() => Interlocked.Increment(ref _syncCalls);
    internal void AsyncCall() => Interlocked.Increment(ref _asyncCalls);
    internal void QueuedDelta(long d) => Interlocked.Add(ref _queued, d);
    internal void SyncInFlightDelta(long d) => Interlocked.Add(ref _syncInFlight, d);
    internal void AsyncInFlightDelta(long d) => Interlocked.Add(ref _asyncInFlight, d);
    internal void DeliveredOne() => Interlocked.Increment(ref _delivered);
    internal void RetriedOne() => Interlocked.Increment(ref _retried);
    internal void FailedOne() => Interlocked.Increment(ref _failed);
    internal void DeadLetteredOne() => Interlocked.Increment(ref _deadLettered);

    /// <summary>Status variables (name, value) in a stable order, names as SHOW GLOBAL STATUS prints them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Snapshot()
    {
        var s = SyncLatency.Percentiles(50, 95, 99);
        var a = AsyncLatency.Percentiles(50, 95, 99);
        static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
        static string L(long v) => v.ToString(CultureInfo.InvariantCulture);
        return
        [
            new("Lambda_sync_calls", L(SyncCalls)),
            new("Lambda_async_calls", L(AsyncCalls)),
            new("Lambda_async_queued", L(Queued)),
            new("Lambda_in_flight", L(InFlight)),
            new("Lambda_sync_in_flight", L(Volatile.Read(ref _syncInFlight))),
            new("Lambda_async_in_flight", L(Volatile.Read(ref _asyncInFlight))),
            new("Lambda_async_delivered", L(Delivered)),
            new("Lambda_async_retried", L(Retried)),
            new("Lambda_failed", L(Failed)),
            new("Lambda_async_dead_lettered", L(DeadLettered)),
            new("Lambda_sync_latency_p50_ms", F(s[0])),
            new("Lambda_sync_latency_p95_ms", F(s[1])),
            new("Lambda_sync_latency_p99_ms", F(s[2])),
            new("Lambda_async_latency_p50_ms", F(a[0])),
            new("Lambda_async_latency_p95_ms", F(a[1])),
            new("Lambda_async_latency_p99_ms", F(a[2])),
        ];
    }
}
