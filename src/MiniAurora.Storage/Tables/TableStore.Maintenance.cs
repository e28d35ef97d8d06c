using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Storage.Tables;

internal sealed partial class TableStore
{
    /// <summary>Dropped or replaced by a rebuild: purge and checkpoints skip it.</summary>
    public volatile bool Retired;

    /// <summary>
    /// True when <paramref name="newDef"/> keeps the clustered layout (same columns count and primary key),
    /// so secondary indexes can be changed in place.
    /// </summary>
    public bool CanAlterInPlace(TableDef newDef)
    {
        if (newDef.Columns.Count != Def.Columns.Count || (newDef.PrimaryKey is null) != (Def.PrimaryKey is null)
            || !Equals(newDef.PrimaryKey?.Parts, Def.PrimaryKey?.Parts))
        {
            return false;
        }
        for (int i = 0; i < newDef.Columns.Count; i++)
        {
            // A type or collation change reorders keys: rebuild.
            if (newDef.Columns[i].Type != Def.Columns[i].Type)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Switches to a new definition with the same clustered layout: keeps unchanged secondary indexes, builds
    /// new ones from every version (so old snapshots still find their rows), checks new unique indexes over the
    /// latest versions (ER_DUP_ENTRY, nothing changed). Holds the write latch while building.
    /// </summary>
    public void AlterInPlace(TableDef newDef)
    {
        Latch.EnterWriteLock();
        try
        {
            var old = Secondaries;
            var result = new List<SecondaryIndex>();
            foreach (var def in newDef.Indexes)
            {
                if (def.IsPrimary)
                {
                    continue;
                }
                var keep = old.FirstOrDefault(s => s.Def == def);
                if (keep is not null)
                {
                    result.Add(keep);
                    continue;
                }
                var built = new SecondaryIndex(def, newDef, Clustered.Comparer);
                foreach (var entry in Clustered.All())
                {
                    for (var v = entry.Value.Head; v is not null; v = v.Older)
                    {
                        if (v.Values is not null)
                        {
                            built.Tree.TryAdd(built.BuildKey(v.Values, entry.Value.Key), entry.Value);
                        }
                    }
                }
                if (built.IsUnique)
                {
                    CheckUnique(built, newDef);
                }
                result.Add(built);
            }
            Secondaries = result.ToArray();
            // A new AUTO_INCREMENT column, or AUTO_INCREMENT=N, moves the counter past the values in use.
            bool counterChanged = newDef.Options.AutoIncrementStart != Def.Options.AutoIncrementStart
                || newDef.AutoIncrementOrdinal != AutoIncOrdinal;
            Def = newDef;
            AutoIncOrdinal = newDef.AutoIncrementOrdinal;
            if (counterChanged)
            {
                SetAutoIncrementStart(newDef.Options.AutoIncrementStart);
            }
        }
        finally
        {
            Latch.ExitWriteLock();
        }
    }

    /// <summary>
    /// ALTER TABLE … AUTO_INCREMENT = N: the counter becomes N, but never at or below the largest value in use
    /// (InnoDB's rule). Caller holds the write latch.
    /// </summary>
    private void SetAutoIncrementStart(long start)
    {
        long max = 0;
        if (AutoIncOrdinal >= 0)
        {
            foreach (var entry in Clustered.All())
            {
                if (entry.Value.Head.Values is { } values && values[AutoIncOrdinal].Kind is SqlValueKind.Int or SqlValueKind.UInt)
                {
                    max = Math.Max(max, values[AutoIncOrdinal].AsInt);
                }
            }
        }
        Volatile.Write(ref _autoIncNext, Math.Max(Math.Max(1, start), max + 1));
    }

    /// <summary>Renames etc. that touch no index: just adopt the definition.</summary>
    public void AdoptDefinition(TableDef newDef) => Def = newDef;

    private static void CheckUnique(SecondaryIndex index, TableDef def)
    {
        SqlValue[]? previousKey = null;
        RowRecord? previous = null;
        foreach (var entry in index.Tree.All())
        {
            var head = entry.Value.Head.Values;
            if (head is null || !index.RowMatchesKey(head, entry.Key) || index.KeyHasNull(entry.Key))
            {
                continue;
            }
            if (previous is not null && previous != entry.Value && index.Comparer.ComparePrefix(previousKey!, entry.Key.AsSpan(0, index.PartCount)) == 0)
            {
                throw MySqlErrors.DupEntry(KeyParts.FormatKey(entry.Key.AsSpan(0, index.PartCount)), def.Name + "." + index.Def.Name);
            }
            previousKey = entry.Key;
            previous = entry.Value;
        }
    }

    /// <summary>The newest committed row of each record (DDL rebuilds; caller holds the DDL lock).</summary>
    public List<(SqlValue[] Key, SqlValue[] Values)> LatestCommittedRows()
    {
        var rows = new List<(SqlValue[], SqlValue[])>(Clustered.Count);
        Latch.EnterReadLock();
        try
        {
            foreach (var entry in Clustered.All())
            {
                for (var v = entry.Value.Head; v is not null; v = v.Older)
                {
                    if (Volatile.Read(ref v.Writer) is { } w && w.CommitTs == 0)
                    {
                        continue;
                    }
                    if (v.Values is not null)
                    {
                        rows.Add((entry.Key, v.Values));
                    }
                    break;
                }
            }
        }
        finally
        {
            Latch.ExitReadLock();
        }
        return rows;
    }

    /// <summary>
    /// Puts a committed row visible to everyone (recovery, snapshot load, DDL rebuilds): replaces the record's
    /// history and maintains secondary entries; throws ER_DUP_ENTRY when <paramref name="checkUnique"/> finds a clash.
    /// </summary>
    public void PutCommitted(SqlValue[] key, SqlValue[] values, bool checkUnique = false)
    {
        Latch.EnterWriteLock();
        try
        {
            SqlValue[]? old = null;
            if (Clustered.TryGet(key, out var record))
            {
                old = record.Head.Values;
                record.Head = new RowVersion(values, null, 0);
            }
            else
            {
                record = new RowRecord(key, new RowVersion(values, null, 0));
                Clustered.TryAdd(key, record);
            }
            if (old is null)
            {
                RowCount++;
            }
            foreach (var index in Secondaries)
            {
                if (old is not null)
                {
                    if (index.SameKey(old, values))
                    {
                        continue;
                    }
                    index.Tree.Remove(index.BuildKey(old, key));
                }
                var newKey = index.BuildKey(values, key);
                if (checkUnique && index.IsUnique && !index.KeyHasNull(newKey))
                {
                    CheckNoClash(index, newKey, record);
                }
                index.Tree.TryAdd(newKey, record);
            }
            if (HasHiddenKey)
            {
                RaiseHiddenRowId(key[0].AsInt + 1);
            }
            else if (AutoIncOrdinal >= 0 && values[AutoIncOrdinal].Kind is SqlValueKind.Int or SqlValueKind.UInt && values[AutoIncOrdinal].AsInt > 0)
            {
                RaiseAutoIncrement(values[AutoIncOrdinal].AsInt);
            }
        }
        finally
        {
            Latch.ExitWriteLock();
        }
    }

    private void CheckNoClash(SecondaryIndex index, SqlValue[] key, RowRecord record)
    {
        var buffer = new Indexes.TreeEntry<RowRecord>[4];
        int n = index.Tree.CopyForward(key.AsSpan(0, index.PartCount), false, buffer);
        for (int i = 0; i < n; i++)
        {
            if (index.Comparer.ComparePrefix(buffer[i].Key, key.AsSpan(0, index.PartCount)) == 0 && buffer[i].Value != record)
            {
                throw MySqlErrors.DupEntry(KeyParts.FormatKey(key.AsSpan(0, index.PartCount)), Def.Name + "." + index.Def.Name);
            }
        }
    }

    /// <summary>Removes a committed row (recovery).</summary>
    public void DeleteCommitted(SqlValue[] key)
    {
        Latch.EnterWriteLock();
        try
        {
            var record = Clustered.Remove(key);
            if (record?.Head.Values is not { } values)
            {
                return;
            }
            record.Detached = true;
            RowCount--;
            foreach (var index in Secondaries)
            {
                index.Tree.Remove(index.BuildKey(values, record.Key));
            }
        }
        finally
        {
            Latch.ExitWriteLock();
        }
    }
}
