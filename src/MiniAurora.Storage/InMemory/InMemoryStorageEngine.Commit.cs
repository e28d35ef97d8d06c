using MiniAurora.Storage.Outbox;
using MiniAurora.Storage.Transactions;
using MiniAurora.Storage.Wal;

namespace MiniAurora.Storage.InMemory;

public sealed partial class InMemoryStorageEngine
{
    [ThreadStatic]
    private static RecordWriter? t_writer;

    private readonly Lock _outboxLock = new();
    private readonly Dictionary<long, OutboxRecord> _outboxPending = [];
    private IOutboxConsumer? _outboxConsumer;
    private long _nextOutboxId;

    /// <summary>
    /// Commit: encode the redo outside any lock, then under the append lock take the next commit timestamp
    /// and append the unit (ordering timestamps and log positions the same way), then wait for the group
    /// fsync as the flush mode demands. The flusher publishes the timestamp before waking us.
    /// </summary>
    internal ValueTask CommitAsync(StorageTransaction tx, CancellationToken ct)
    {
        List<OutboxRecord>? outbox = null;
        if (tx.Outbox is { Count: > 0 } items)
        {
            outbox = new List<OutboxRecord>(items.Count);
            foreach (var (type, payload) in items)
            {
                outbox.Add(new OutboxRecord(Interlocked.Increment(ref _nextOutboxId), type, payload));
            }
        }
        RecordWriter? body = null;
        if (_wal is not null)
        {
            body = t_writer ??= new RecordWriter(4096);
            body.Reset();
            RedoEncoder.Encode(body, tx, outbox);
        }
        Task? durable = null;
        long ts;
        lock (_appendLock)
        {
            ts = ++_lastTs;
            tx.AssignCommitTs(ts);
            if (_wal is null)
            {
                PublishVisible(ts);
            }
            else
            {
                int mode = FlushLogAtTrxCommit;
                durable = _wal.AppendUnitAsync(body!.Written, ts, mode, forceDurable: false);
                if (mode == 0)
                {
                    PublishVisible(ts);
                }
            }
        }
        if (body is { Length: > 1 << 20 })
        {
            t_writer = null;
        }
        if (durable is { IsCompletedSuccessfully: false })
        {
            return CompleteAfterDurableAsync(tx, ts, durable, outbox);
        }
        Complete(tx, ts, outbox);
        return default;
    }

    private async ValueTask CompleteAfterDurableAsync(StorageTransaction tx, long ts, Task durable, List<OutboxRecord>? outbox)
    {
        try
        {
            await durable.ConfigureAwait(false);
        }
        catch
        {
            tx.FailCommit();
            throw;
        }
        Complete(tx, ts, outbox);
    }

    private void Complete(StorageTransaction tx, long ts, List<OutboxRecord>? outbox)
    {
        tx.CompleteCommit(ts, TimeProvider.GetUtcNow().UtcDateTime);
        if (outbox is not null)
        {
            IOutboxConsumer? consumer;
            lock (_outboxLock)
            {
                foreach (var record in outbox)
                {
                    _outboxPending[record.Id] = record;
                }
                consumer = _outboxConsumer;
            }
            consumer?.OnCommitted(outbox);
        }
        if (Purge.Count > 4096)
        {
            RunPurge();
        }
    }

    /// <inheritdoc/>
    public void RegisterOutboxConsumer(IOutboxConsumer consumer)
    {
        List<OutboxRecord> pending;
        lock (_outboxLock)
        {
            _outboxConsumer = consumer;
            pending = _outboxPending.Values.OrderBy(r => r.Id).ToList();
        }
        if (pending.Count > 0)
        {
            consumer.OnCommitted(pending);
        }
    }

    /// <inheritdoc/>
    public async ValueTask AcknowledgeOutboxAsync(IReadOnlyList<long> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0)
        {
            return;
        }
        if (_wal is not null)
        {
            var w = new RecordWriter();
            w.Empty(WalRecordType.Begin);
            w.Begin(WalRecordType.OutboxAck);
            w.VarLong(ids.Count);
            foreach (var id in ids)
            {
                w.VarLong(id);
            }
            w.End();
            Task? durable;
            lock (_appendLock)
            {
                long ts = ++_lastTs;
                durable = _wal.AppendUnitAsync(w.Written, ts, FlushLogAtTrxCommit, forceDurable: false);
            }
            if (durable is not null)
            {
                await durable.ConfigureAwait(false);
            }
        }
        lock (_outboxLock)
        {
            foreach (var id in ids)
            {
                _outboxPending.Remove(id);
            }
        }
    }

    /// <summary>Pending (committed, unacknowledged) outbox records; for checkpoints and tests.</summary>
    internal List<OutboxRecord> PendingOutbox()
    {
        lock (_outboxLock)
        {
            return _outboxPending.Values.OrderBy(r => r.Id).ToList();
        }
    }
}
