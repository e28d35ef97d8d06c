using MiniAurora.Core.Values;
using MiniAurora.Storage.Indexes;
using MiniAurora.Storage.Tables;

namespace MiniAurora.Storage.Transactions;

internal sealed partial class StorageTransaction
{
    private void UndoTo(int undoCount, int outboxCount)
    {
        for (int i = _undo.Count - 1; i >= undoCount; i--)
        {
            UndoOne(_undo[i]);
        }
        if (_undo.Count > undoCount)
        {
            _undo.RemoveRange(undoCount, _undo.Count - undoCount);
        }
        if (_outbox is not null && _outbox.Count > outboxCount)
        {
            _outbox.RemoveRange(outboxCount, _outbox.Count - outboxCount);
        }
    }

    private static void UndoOne(in UndoEntry e)
    {
        var store = e.Table;
        var record = e.Record;
        store.Latch.EnterWriteLock();
        try
        {
            var older = e.Version.Older;
            if (record.Head == e.Version && older is not null)
            {
                record.Head = older;
            }
            if (e.AddedKeys is { } added)
            {
                for (int i = 0; i < added.Length; i++)
                {
                    if (added[i] is { } key)
                    {
                        RemoveIfOwned(e.Indexes[i].Tree, key, record);
                    }
                }
            }
            if (e.NewRecord)
            {
                RemoveIfOwned(store.Clustered, record.Key, record);
                record.Detached = true;
            }
            bool wasLive = older?.Values is not null;
            bool isLive = e.Version.Values is not null;
            if (wasLive != isLive)
            {
                store.RowCount += wasLive ? 1 : -1;
            }
        }
        finally
        {
            store.Latch.ExitWriteLock();
        }
    }

    internal static void RemoveIfOwned(BPlusTree<RowRecord> tree, SqlValue[] key, RowRecord record)
    {
        if (tree.TryGet(key, out var current) && current == record)
        {
            tree.Remove(key);
        }
    }
}
