using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Indexes;

namespace MiniAurora.Storage.Tables;

/// <summary>
/// The rows of one table: a clustered B+tree of records plus secondary indexes, all guarded by one
/// reader-writer latch that is held only for the duration of an in-memory tree operation (never across an
/// await). Row contents are MVCC version chains in the records, read without the latch.
/// </summary>
internal sealed partial class TableStore
{
    private readonly int[] _pkOrdinals;
    private readonly int[] _pkPrefixes;
    private long _autoIncNext;
    private long _nextRowId;

    public TableStore(TableDef def)
    {
        Def = def;
        Id = def.Id;
        var pk = def.PrimaryKey;
        if (pk is null)
        {
            _pkOrdinals = [];
            _pkPrefixes = [];
            Clustered = new BPlusTree<RowRecord>(new KeyComparer([Collation.Binary], [false]));
        }
        else
        {
            _pkOrdinals = pk.Parts.Select(p => p.ColumnOrdinal).ToArray();
            _pkPrefixes = pk.Parts.Select(p => p.PrefixLength).ToArray();
            Clustered = new BPlusTree<RowRecord>(new KeyComparer(
                pk.Parts.Select(p => def.Columns[p.ColumnOrdinal].Collation).ToArray(),
                pk.Parts.Select(p => p.Descending).ToArray()));
        }
        Secondaries = def.Indexes.Where(i => !i.IsPrimary).Select(i => new SecondaryIndex(i, def, Clustered.Comparer)).ToArray();
        AutoIncOrdinal = def.AutoIncrementOrdinal;
        _autoIncNext = Math.Max(1, def.Options.AutoIncrementStart);
        _nextRowId = 1;
    }

    public long Id { get; }

    /// <summary>The definition storage maintains indexes for (the newest; statements may hold older ones).</summary>
    public TableDef Def { get; private set; }

    public ReaderWriterLockSlim Latch { get; } = new(LockRecursionPolicy.NoRecursion);

    public BPlusTree<RowRecord> Clustered { get; private set; }

    public SecondaryIndex[] Secondaries { get; private set; }

    public bool HasHiddenKey => _pkOrdinals.Length == 0;

    public int AutoIncOrdinal { get; private set; }

    /// <summary>Approximate live row count.</summary>
    public long RowCount;

    /// <summary>UTC ticks of the last commit that changed the table (0: none since start).</summary>
    public long UpdateTicks;

    public long AutoIncrementNext => Volatile.Read(ref _autoIncNext);

    public long NextRowId => Volatile.Read(ref _nextRowId);

    /// <summary>
    /// Resolves an index def (from any catalog snapshot) to this store's secondary index, or null for the
    /// clustered index (PRIMARY or null).
    /// </summary>
    public SecondaryIndex? Resolve(IndexDef? index, out bool clustered)
    {
        clustered = index is null || index.IsPrimary;
        if (clustered)
        {
            return null;
        }
        var secondaries = Secondaries;
        foreach (var s in secondaries)
        {
            if (ReferenceEquals(s.Def, index))
            {
                return s;
            }
        }
        foreach (var s in secondaries)
        {
            if (string.Equals(s.Def.Name, index!.Name, StringComparison.OrdinalIgnoreCase))
            {
                return s;
            }
        }
        throw MySqlErrors.KeyDoesNotExits(index!.Name, Def.Name);
    }

    public SqlValue[] BuildClusteredKey(SqlValue[] row)
    {
        var key = new SqlValue[_pkOrdinals.Length];
        for (int i = 0; i < key.Length; i++)
        {
            key[i] = KeyParts.Truncate(row[_pkOrdinals[i]], _pkPrefixes[i]);
        }
        return key;
    }

    public SqlValue[] NewHiddenKey() => [SqlValue.FromInt(Interlocked.Increment(ref _nextRowId) - 1)];

    /// <summary>Next AUTO_INCREMENT value with auto_increment_increment/offset (MySQL's series offset + N * increment).</summary>
    public long AllocateAutoIncrement(int increment, int offset)
    {
        while (true)
        {
            long current = Volatile.Read(ref _autoIncNext);
            long value = Align(current, Math.Max(1, increment), Math.Max(1, offset));
            if (Interlocked.CompareExchange(ref _autoIncNext, value + 1, current) == current)
            {
                return value;
            }
        }
    }

    /// <summary>An explicit value raises the counter past it (MySQL semantics).</summary>
    public void RaiseAutoIncrement(long explicitValue)
    {
        RaiseCounter(ref _autoIncNext, explicitValue + 1);
    }

    public void RaiseHiddenRowId(long next) => RaiseCounter(ref _nextRowId, next);

    /// <summary>Restores counters from the log or a snapshot (never lowers them).</summary>
    public void RestoreCounters(long autoIncNext, long nextRowId)
    {
        RaiseCounter(ref _autoIncNext, autoIncNext);
        RaiseCounter(ref _nextRowId, nextRowId);
    }

    /// <summary>TRUNCATE: counter back to the table's start.</summary>
    public void ResetAutoIncrement() => Volatile.Write(ref _autoIncNext, Math.Max(1, Def.Options.AutoIncrementStart));

    private static void RaiseCounter(ref long counter, long atLeast)
    {
        while (true)
        {
            long current = Volatile.Read(ref counter);
            if (atLeast <= current || Interlocked.CompareExchange(ref counter, atLeast, current) == current)
            {
                return;
            }
        }
    }

    private static long Align(long candidate, int increment, int offset)
    {
        if (increment == 1)
        {
            return candidate;
        }
        if (offset > increment)
        {
            offset = 1;
        }
        if (candidate <= offset)
        {
            return offset;
        }
        long steps = (candidate - offset + increment - 1) / increment;
        return offset + steps * increment;
    }
}
