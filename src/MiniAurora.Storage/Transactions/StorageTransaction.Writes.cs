using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Tables;

namespace MiniAurora.Storage.Transactions;

internal sealed partial class StorageTransaction
{
    public ValueTask<InsertResult> InsertAsync(TableDef table, SqlValue[] row, InsertFlags flags = InsertFlags.None, CancellationToken ct = default)
    {
        EnsureWritable();
        var store = Engine.GetStore(table);
        ulong generated = AssignAutoIncrement(store, row);
        SqlValue[] key;
        if (store.HasHiddenKey)
        {
            key = store.NewHiddenKey();
            TrackCounters(store);
        }
        else
        {
            key = store.BuildClusteredKey(row);
        }
        var result = TryInsert(store, key, row, flags, generated, out var wait);
        return wait.Record is null ? new ValueTask<InsertResult>(result) : InsertSlowAsync(store, key, row, flags, generated, wait, ct);
    }

    public ValueTask UpdateAsync(TableDef table, RowRef row, SqlValue[] newValues, CancellationToken ct = default)
    {
        EnsureWritable();
        var store = Engine.GetStore(table);
        var record = (RowRecord)row.Token!;
        var locked = RowLocks.AcquireAsync(record, this, exclusive: true, ct);
        if (!locked.IsCompletedSuccessfully)
        {
            return UpdateAfterLockAsync(locked, store, record, newValues, ct);
        }
        return UpdateLockedAsync(store, record, newValues, ct);
    }

    public ValueTask DeleteAsync(TableDef table, RowRef row, CancellationToken ct = default)
    {
        EnsureWritable();
        var store = Engine.GetStore(table);
        var record = (RowRecord)row.Token!;
        var locked = RowLocks.AcquireAsync(record, this, exclusive: true, ct);
        if (!locked.IsCompletedSuccessfully)
        {
            return DeleteAfterLockAsync(locked, store, record);
        }
        DeleteLocked(store, record);
        return default;
    }

    private async ValueTask<InsertResult> InsertSlowAsync(TableStore store, SqlValue[] key, SqlValue[] row, InsertFlags flags, ulong generated, WaitRequest wait, CancellationToken ct)
    {
        while (true)
        {
            await RowLocks.AcquireAsync(wait.Record!, this, wait.Exclusive, ct).ConfigureAwait(false);
            var result = TryInsert(store, key, row, flags, generated, out wait);
            if (wait.Record is null)
            {
                return result;
            }
        }
    }

    private InsertResult TryInsert(TableStore store, SqlValue[] key, SqlValue[] row, InsertFlags flags, ulong generated, out WaitRequest wait)
    {
        wait = default;
        bool returnConflict = (flags & InsertFlags.ReturnConflict) != 0;
        store.Latch.EnterWriteLock();
        try
        {
            RowRecord? reuse = null;
            if (store.Clustered.TryGet(key, out var existing))
            {
                lock (existing)
                {
                    var head = existing.Head;
                    var writer = Volatile.Read(ref head.Writer);
                    if (writer is not null && writer != this)
                    {
                        wait = new WaitRequest(existing, true);
                        return default;
                    }
                    if (head.Values is not null && !returnConflict)
                    {
                        throw DuplicateEntry(store, key, IndexDef.PrimaryName);
                    }
                    if (!RowLocks.TryGrantLocked(existing, this, exclusive: true, respectQueue: true))
                    {
                        wait = new WaitRequest(existing, true);
                        return default;
                    }
                    if (head.Values is not null)
                    {
                        return new InsertResult(default, generated, new RowRef(existing, head.Values), store.Def.PrimaryKey);
                    }
                    reuse = existing;
                }
            }

            var secondaries = store.Secondaries;
            var secondaryKeys = new SqlValue[secondaries.Length][];
            for (int i = 0; i < secondaries.Length; i++)
            {
                var s = secondaries[i];
                secondaryKeys[i] = s.BuildKey(row, key);
                if (!s.IsUnique || s.KeyHasNull(secondaryKeys[i]))
                {
                    continue;
                }
                var conflict = FindUniqueConflict(s, secondaryKeys[i], reuse, out wait);
                if (wait.Record is not null)
                {
                    return default;
                }
                if (conflict is not null)
                {
                    if (!returnConflict)
                    {
                        throw DuplicateEntry(store, secondaryKeys[i].AsSpan(0, s.PartCount), s.Def.Name);
                    }
                    lock (conflict)
                    {
                        if (!RowLocks.TryGrantLocked(conflict, this, exclusive: true, respectQueue: true))
                        {
                            wait = new WaitRequest(conflict, true);
                            return default;
                        }
                        return new InsertResult(default, generated, new RowRef(conflict, conflict.Head.Values!), s.Def);
                    }
                }
            }

            var version = new RowVersion(row, this, 0);
            RowRecord record;
            if (reuse is null)
            {
                record = new RowRecord(key, version) { ExclusiveOwner = this };
                TrackLock(record);
                store.Clustered.TryAdd(key, record);
            }
            else
            {
                record = reuse;
                PushVersion(record, version);
            }
            SqlValue[]?[]? added = secondaries.Length == 0 ? null : new SqlValue[]?[secondaries.Length];
            for (int i = 0; i < secondaries.Length; i++)
            {
                if (secondaries[i].Tree.TryAdd(secondaryKeys[i], record))
                {
                    added![i] = secondaryKeys[i];
                }
            }
            store.RowCount++;
            _undo.Add(new UndoEntry { Table = store, Record = record, Version = version, NewRecord = reuse is null, Indexes = secondaries, AddedKeys = added });
            return new InsertResult(new RowRef(record, row), generated, default, null);
        }
        finally
        {
            store.Latch.ExitWriteLock();
        }
    }

    private async ValueTask UpdateAfterLockAsync(ValueTask locked, TableStore store, RowRecord record, SqlValue[] newValues, CancellationToken ct)
    {
        await locked.ConfigureAwait(false);
        await UpdateLockedAsync(store, record, newValues, ct).ConfigureAwait(false);
    }

    private async ValueTask UpdateLockedAsync(TableStore store, RowRecord record, SqlValue[] newValues, CancellationToken ct)
    {
        while (true)
        {
            var outcome = TryUpdate(store, record, newValues, out var wait);
            if (outcome == UpdateOutcome.Done)
            {
                return;
            }
            if (outcome == UpdateOutcome.KeyChanged)
            {
                // A new primary key moves the row: delete here, insert there (with its unique checks).
                DeleteLocked(store, record);
                var key = store.BuildClusteredKey(newValues);
                var result = TryInsert(store, key, newValues, InsertFlags.None, 0, out wait);
                if (wait.Record is not null)
                {
                    await InsertSlowAsync(store, key, newValues, InsertFlags.None, 0, wait, ct).ConfigureAwait(false);
                }
                _ = result;
                return;
            }
            await RowLocks.AcquireAsync(wait.Record!, this, wait.Exclusive, ct).ConfigureAwait(false);
        }
    }

    private enum UpdateOutcome
    {
        Done,
        KeyChanged,
        MustWait,
    }

    private UpdateOutcome TryUpdate(TableStore store, RowRecord record, SqlValue[] newValues, out WaitRequest wait)
    {
        wait = default;
        store.Latch.EnterWriteLock();
        try
        {
            var head = record.Head;
            if (record.Detached || head.Values is null)
            {
                return UpdateOutcome.Done;
            }
            if (!store.HasHiddenKey && store.Clustered.Comparer.Compare(store.BuildClusteredKey(newValues), record.Key) != 0)
            {
                return UpdateOutcome.KeyChanged;
            }
            var secondaries = store.Secondaries;
            SqlValue[]?[]? newKeys = null;
            SqlValue[]?[]? replaced = null;
            for (int i = 0; i < secondaries.Length; i++)
            {
                var s = secondaries[i];
                if (s.SameKey(head.Values, newValues))
                {
                    continue;
                }
                var newKey = s.BuildKey(newValues, record.Key);
                if (s.IsUnique && !s.KeyHasNull(newKey))
                {
                    var conflict = FindUniqueConflict(s, newKey, record, out wait);
                    if (wait.Record is not null)
                    {
                        return UpdateOutcome.MustWait;
                    }
                    if (conflict is not null)
                    {
                        throw DuplicateEntry(store, newKey.AsSpan(0, s.PartCount), s.Def.Name);
                    }
                }
                (newKeys ??= new SqlValue[]?[secondaries.Length])[i] = newKey;
                (replaced ??= new SqlValue[]?[secondaries.Length])[i] = s.BuildKey(head.Values, record.Key);
            }
            var version = new RowVersion(newValues, this, 0);
            PushVersion(record, version);
            SqlValue[]?[]? added = null;
            if (newKeys is not null)
            {
                for (int i = 0; i < newKeys.Length; i++)
                {
                    if (newKeys[i] is { } k && secondaries[i].Tree.TryAdd(k, record))
                    {
                        (added ??= new SqlValue[]?[secondaries.Length])[i] = k;
                    }
                }
            }
            _undo.Add(new UndoEntry { Table = store, Record = record, Version = version, Indexes = secondaries, AddedKeys = added, ReplacedKeys = replaced });
            return UpdateOutcome.Done;
        }
        finally
        {
            store.Latch.ExitWriteLock();
        }
    }

    private async ValueTask DeleteAfterLockAsync(ValueTask locked, TableStore store, RowRecord record)
    {
        await locked.ConfigureAwait(false);
        DeleteLocked(store, record);
    }

    private void DeleteLocked(TableStore store, RowRecord record)
    {
        store.Latch.EnterWriteLock();
        try
        {
            if (record.Detached || record.Head.Values is null)
            {
                return;
            }
            var version = new RowVersion(null, this, 0);
            PushVersion(record, version);
            store.RowCount--;
            _undo.Add(new UndoEntry { Table = store, Record = record, Version = version, Indexes = store.Secondaries });
        }
        finally
        {
            store.Latch.ExitWriteLock();
        }
    }

    /// <summary>Pushes a version (caller holds the exclusive row lock and the table latch), cutting history no snapshot needs.</summary>
    private void PushVersion(RowRecord record, RowVersion version)
    {
        var head = record.Head;
        if (Volatile.Read(ref head.Writer) is null && head.CommitTs <= Engine.OldestSnapshotHint)
        {
            head.Older = null;
        }
        version.Older = head;
        record.Head = version;
    }

    /// <summary>
    /// Looks for another record holding <paramref name="key"/> in a unique index (caller holds the latch).
    /// An uncommitted change by another transaction that may end up holding the key means wait (shared lock) and retry.
    /// </summary>
    private RowRecord? FindUniqueConflict(SecondaryIndex index, SqlValue[] key, RowRecord? exclude, out WaitRequest wait)
    {
        wait = default;
        var prefix = key.AsSpan(0, index.PartCount);
        var buffer = Scratch;
        SqlValue[]? last = null;
        while (true)
        {
            int n = last is null ? index.Tree.CopyForward(prefix, false, buffer) : index.Tree.CopyForward(last, true, buffer);
            for (int j = 0; j < n; j++)
            {
                var entry = buffer[j];
                if (index.Comparer.ComparePrefix(entry.Key, prefix) != 0)
                {
                    return null;
                }
                var candidate = entry.Value;
                if (candidate == exclude)
                {
                    continue;
                }
                var head = candidate.Head;
                var writer = Volatile.Read(ref head.Writer);
                if (writer is not null && writer != this)
                {
                    for (var v = head; v is not null; v = v.Older)
                    {
                        if (v.Values is not null && index.RowMatchesKey(v.Values, key))
                        {
                            wait = new WaitRequest(candidate, false);
                            return null;
                        }
                        if (Volatile.Read(ref v.Writer) is null)
                        {
                            break;
                        }
                    }
                    continue;
                }
                if (head.Values is not null && index.RowMatchesKey(head.Values, key))
                {
                    return candidate;
                }
            }
            if (n < buffer.Length)
            {
                return null;
            }
            last = buffer[n - 1].Key;
        }
    }

    private ulong AssignAutoIncrement(TableStore store, SqlValue[] row)
    {
        int ordinal = store.AutoIncOrdinal;
        if (ordinal < 0 || ordinal >= row.Length)
        {
            return 0;
        }
        TrackCounters(store);
        var value = row[ordinal];
        if (value.IsNull)
        {
            long next = store.AllocateAutoIncrement(AutoIncrementIncrement, AutoIncrementOffset);
            row[ordinal] = store.Def.Columns[ordinal].Type.Unsigned ? SqlValue.FromUInt((ulong)next) : SqlValue.FromInt(next);
            return (ulong)next;
        }
        long explicitValue = value.Kind switch
        {
            SqlValueKind.Int => value.AsInt,
            SqlValueKind.UInt => (long)Math.Min(value.AsUInt, long.MaxValue - 1),
            SqlValueKind.Double => (long)Math.Clamp(Math.Round(value.AsDouble), 0, long.MaxValue - 1),
            SqlValueKind.Decimal => (long)Math.Clamp(Math.Round(value.AsDecimal), 0, long.MaxValue - 1),
            _ => 0,
        };
        if (explicitValue > 0)
        {
            store.RaiseAutoIncrement(explicitValue);
        }
        return 0;
    }

    private static MiniAuroraException DuplicateEntry(TableStore store, ReadOnlySpan<SqlValue> key, string indexName) =>
        MySqlErrors.DupEntry(KeyParts.FormatKey(key), store.Def.Name + "." + indexName);
}
