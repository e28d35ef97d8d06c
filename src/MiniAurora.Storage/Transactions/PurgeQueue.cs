using System.Collections.Concurrent;
using MiniAurora.Storage.Tables;

namespace MiniAurora.Storage.Transactions;

/// <summary>
/// Removes deleted records and stale secondary entries once no snapshot can see them (InnoDB's purge).
/// Runs on the committing thread when the queue is long and from the engine's background tick; one runner at a time.
/// </summary>
internal sealed class PurgeQueue
{
    private readonly ConcurrentQueue<PurgeItem> _items = new();
    private int _count;
    private int _running;

    public int Count => Volatile.Read(ref _count);

    public void Enqueue(in PurgeItem item)
    {
        _items.Enqueue(item);
        Interlocked.Increment(ref _count);
    }

    /// <summary>Processes items whose timestamp is at or below <paramref name="oldestSnapshot"/>.</summary>
    public void Run(long oldestSnapshot)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            return;
        }
        try
        {
            // Items re-queued because their record is locked must not make this loop spin: bound it by the length at start.
            int budget = Count;
            while (budget-- > 0 && _items.TryPeek(out var item) && item.Ts <= oldestSnapshot && _items.TryDequeue(out item))
            {
                Interlocked.Decrement(ref _count);
                if (item.Table.Retired)
                {
                    continue;
                }
                item.Table.Latch.EnterWriteLock();
                try
                {
                    if (item.Index is null)
                    {
                        if (!PurgeRecord(item.Table, item.Record, oldestSnapshot))
                        {
                            Enqueue(item);
                        }
                    }
                    else
                    {
                        PurgeEntry(item.Index, item.Key!, item.Record, oldestSnapshot);
                    }
                }
                finally
                {
                    item.Table.Latch.ExitWriteLock();
                }
            }
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>Removes a deleted record; false when it must be retried later (someone still holds a lock on it).</summary>
    private static bool PurgeRecord(TableStore table, RowRecord record, long oldest)
    {
        RowVersion head;
        lock (record)
        {
            head = record.Head;
            if (record.Detached || head.Values is not null || Volatile.Read(ref head.Writer) is not null || head.CommitTs > oldest)
            {
                return true;
            }
            if (record.HasLockOrWaiters)
            {
                return false;
            }
            record.Detached = true;
        }
        StorageTransaction.RemoveIfOwned(table.Clustered, record.Key, record);
        foreach (var index in table.Secondaries)
        {
            for (var v = head.Older; v is not null; v = v.Older)
            {
                if (v.Values is not null)
                {
                    StorageTransaction.RemoveIfOwned(index.Tree, index.BuildKey(v.Values, record.Key), record);
                }
            }
        }
        return true;
    }

    private static void PurgeEntry(SecondaryIndex index, Core.Values.SqlValue[] key, RowRecord record, long oldest)
    {
        if (!index.Tree.TryGet(key, out var current) || current != record)
        {
            return;
        }
        if (!record.Detached)
        {
            for (var v = record.Head; v is not null; v = v.Older)
            {
                if (v.Values is not null && index.RowMatchesKey(v.Values, key))
                {
                    return;
                }
                if (Volatile.Read(ref v.Writer) is null && v.CommitTs <= oldest)
                {
                    break;
                }
            }
        }
        index.Tree.Remove(key);
    }
}
