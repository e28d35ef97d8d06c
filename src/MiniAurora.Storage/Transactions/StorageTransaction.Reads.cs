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
            if (key.Length != store.Clustered.Comparer.Length)
            {
                key = key[..Math.Min(key.Length, store.Clustered.Comparer.Length)];
            }
            var record = key.Length == store.Clustered.Comparer.Length ? FindClustered(store, key) : null;
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

    public ValueTask<RowRef> LockRowAsync(TableDef table, IndexDef index, SqlValue[] key, RowLockMode mode, CancellationToken ct = default)
    {
        if (mode == RowLockMode.None)
        {
            return new ValueTask<RowRef>(TryGetRow(table, index, key, out var plain) ? plain : default);
        }
        EnsureActive();
        var store = Engine.GetStore(table);
        if (store.Resolve(index, out _) is not null || key.Length != store.Clustered.Comparer.Length)
        {
            return LockByCursorAsync(table, index, key, mode, ct);
        }
        // Primary key: find the record, lock it, read its latest version (no cursor, no allocation when uncontended).
        while (true)
        {
            var record = FindClustered(store, key);
            if (record is null)
            {
                return default;
            }
            var locked = RowLocks.AcquireAsync(record, this, mode == RowLockMode.Exclusive, ct);
            if (!locked.IsCompletedSuccessfully)
            {
                return LockClusteredSlowAsync(locked, store, key, mode, ct);
            }
            if (!record.Detached)
            {
                return new ValueTask<RowRef>(record.Head.Values is { } values ? new RowRef(record, values) : default);
            }
        }
    }

    private async ValueTask<RowRef> LockClusteredSlowAsync(ValueTask locked, TableStore store, SqlValue[] key, RowLockMode mode, CancellationToken ct)
    {
        await locked.ConfigureAwait(false);
        while (true)
        {
            var record = FindClustered(store, key);
            if (record is null)
            {
                return default;
            }
            await RowLocks.AcquireAsync(record, this, mode == RowLockMode.Exclusive, ct).ConfigureAwait(false);
            if (!record.Detached)
            {
                return record.Head.Values is { } values ? new RowRef(record, values) : default;
            }
        }
    }

    private static RowRecord? FindClustered(TableStore store, ReadOnlySpan<SqlValue> key)
    {
        store.Latch.EnterReadLock();
        try
        {
            return store.Clustered.TryGet(key, out var record) ? record : null;
        }
        finally
        {
            store.Latch.ExitReadLock();
        }
    }

    private async ValueTask<RowRef> LockByCursorAsync(TableDef table, IndexDef index, SqlValue[] key, RowLockMode mode, CancellationToken ct)
    {
        using var cursor = OpenCursor(table, index, KeyRange.Equal(key), ScanDirection.Forward, mode);
        return await cursor.MoveNextAsync(ct).ConfigureAwait(false) ? cursor.Current : default;
    }
}
