using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MiniAurora.Lambda.Core;

/// <summary>
/// Turns delivered outbox invocations (those whose <see cref="AsyncInvocation.Tag"/> is a boxed outbox id) into
/// batched acknowledgements, so one storage log record covers many deliveries. Flushes when
/// <paramref name="batchSize"/> ids are waiting or <paramref name="flushInterval"/> after the first one.
/// Dead letters are handed to <paramref name="deadLettered"/> (e.g. to write the dead-letter table and then
/// acknowledge); without it they stay pending in the outbox and are retried after the next restart.
/// </summary>
public sealed partial class OutboxAcknowledger(
    Func<IReadOnlyList<long>, CancellationToken, ValueTask> acknowledge,
    TimeProvider time,
    Action<DeadLetter>? deadLettered = null,
    TimeSpan? flushInterval = null,
    int batchSize = 512,
    ILogger? logger = null) : IAsyncInvocationListener
{
    private readonly List<long> _ids = [];
    private readonly TimeSpan _interval = flushInterval ?? TimeSpan.FromMilliseconds(50);
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private bool _flushScheduled;

    public void OnDelivered(AsyncInvocation invocation, int attempts)
    {
        if (invocation.Tag is not long id)
        {
            return;
        }
        bool flushNow = false, schedule = false;
        lock (_ids)
        {
            _ids.Add(id);
            if (_ids.Count >= batchSize)
            {
                flushNow = true;
            }
            else if (!_flushScheduled)
            {
                _flushScheduled = schedule = true;
            }
        }
        if (flushNow)
        {
            _ = FlushAsync(CancellationToken.None);
        }
        else if (schedule)
        {
            _ = FlushLaterAsync();
        }
    }

    public void OnDeadLettered(DeadLetter deadLetter) => deadLettered?.Invoke(deadLetter);

    /// <summary>Acknowledges everything collected so far (also call it at shutdown).</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        long[] batch;
        lock (_ids)
        {
            batch = [.. _ids];
            _ids.Clear();
            _flushScheduled = false;
        }
        if (batch.Length == 0)
        {
            return;
        }
        try
        {
            await acknowledge(batch, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unacknowledged records are re-fed after a restart: at-least-once, never lost.
            LogAckFailed(_logger, batch.Length, ex);
        }
    }

    private async Task FlushLaterAsync()
    {
        await Task.Delay(_interval, time).ConfigureAwait(false);
        await FlushAsync(CancellationToken.None).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 7010, Level = LogLevel.Warning, Message = "Acknowledging {Count} Lambda outbox records failed; they will be delivered again after restart")]
    private static partial void LogAckFailed(ILogger logger, int count, Exception ex);
}
