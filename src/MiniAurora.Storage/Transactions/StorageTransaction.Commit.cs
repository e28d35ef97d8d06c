using MiniAurora.Storage.Tables;

namespace MiniAurora.Storage.Transactions;

internal sealed partial class StorageTransaction
{
    public ValueTask CommitAsync(CancellationToken ct = default)
    {
        if (_state == TransactionState.Committed)
        {
            return default;
        }
        EnsureActive();
        if (!HasWrites)
        {
            Finish(TransactionState.Committed);
            return default;
        }
        _state = TransactionState.Committing;
        return Engine.CommitAsync(this, ct);
    }

    /// <summary>
    /// After the commit is durable and published: stamps versions (CommitTs first, then clears Writer),
    /// queues obsolete history for purge, releases locks.
    /// </summary>
    internal void CompleteCommit(long ts, DateTime now)
    {
        var purge = Engine.Purge;
        TableStore? lastTable = null;
        foreach (var e in _undo)
        {
            var v = e.Version;
            v.CommitTs = ts;
            Volatile.Write(ref v.Writer, null);
            if (v.Values is null)
            {
                purge.Enqueue(new PurgeItem(e.Table, e.Record, ts, null, null));
            }
            if (e.ReplacedKeys is { } replaced)
            {
                for (int i = 0; i < replaced.Length; i++)
                {
                    if (replaced[i] is { } key)
                    {
                        purge.Enqueue(new PurgeItem(e.Table, e.Record, ts, e.Indexes[i], key));
                    }
                }
            }
            if (e.Table != lastTable)
            {
                Volatile.Write(ref e.Table.UpdateTicks, now.Ticks);
                lastTable = e.Table;
            }
        }
        Finish(TransactionState.Committed);
    }

    /// <summary>The commit could not reach the log: undo in memory and report.</summary>
    internal void FailCommit()
    {
        UndoTo(0, 0);
        Finish(TransactionState.RolledBack);
    }
}
