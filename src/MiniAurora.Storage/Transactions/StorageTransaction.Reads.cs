using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Tables;

namespace MiniAurora.Storage.Transactions;

internal sealed partial class StorageTransaction
{
    public IRowCursor OpenCursor(TableDef table, IndexDef? index, in KeyRange range, ScanDirection direction = ScanDirection.Forward, RowLockMode lockMode = RowLockMode.None)
    {
        EnsureActive();
        var store = Engine.GetStore(table);
        var secondary = store.Resolve(index, out _);
        return new RowCursor(this, store, secondary, range, direction, lockMode);
    }

    public bool TryGetRow(TableDef table, IndexDef index, ReadOnlySpan<SqlValue> key, out RowRef row)
    {
        EnsureActive();
        var store = Engine.GetStore(table);
        var secondary = store.Resolve(index, out _);
        if (secondary is null)
        {
            RowRecord? record;
            store.Latch.EnterReadLock();
            try
            {
                if (!store.Clustered.TryGet(key, out record))
                {
                    record = null;
                }
            }
            finally
            {
                store.Latch.ExitReadLock();
            }
            var version = record is null ? null : Visible(record);
            if (version?.Values is { } values)
            {
                row = new RowRef(record!, values);
                return true;
            }
            row = default;
            return false;
        }
        return TryGetBySecondary(store, secondary, key, out row);
    }

    private bool TryGetBySecondary(TableStore store, SecondaryIndex index, ReadOnlySpan<SqlValue> key, out RowRef row)
    {
        var buffer = Scratch;
        int n;
        store.Latch.EnterReadLock();
        try
        {
            n = index.Tree.CopyForward(key, false, buffer);
        }
        finally
        {
            store.Latch.ExitReadLock();
        }
        for (int i = 0; i < n; i++)
        {
            var entry = buffer[i];
            if (index.Comparer.ComparePrefix(entry.Key, key) != 0)
            {
                break;
            }
            if (Visible(entry.Value)?.Values is { } values && index.RowMatchesKey(values, entry.Key))
            {
                row = new RowRef(entry.Value, values);
                return true;
            }
        }
        if (n == buffer.Length)
        {
            // Many versions of one unique key: fall back to a cursor.
            using var cursor = new RowCursor(this, store, index, KeyRange.Equal(key.ToArray()), ScanDirection.Forward, RowLockMode.None);
            if (cursor.MoveNextSync())
            {
                row = cursor.Current;
                return true;
            }
        }
        row = default;
        return false;
    }

    public async ValueTask<RowRef> LockRowAsync(TableDef table, IndexDef index, SqlValue[] key, RowLockMode mode, CancellationToken ct = default)
    {
        if (mode == RowLockMode.None)
        {
            return TryGetRow(table, index, key, out var plain) ? plain : default;
        }
        EnsureActive();
        using var cursor = OpenCursor(table, index, KeyRange.Equal(key), ScanDirection.Forward, mode);
        return await cursor.MoveNextAsync(ct).ConfigureAwait(false) ? cursor.Current : default;
    }
}
