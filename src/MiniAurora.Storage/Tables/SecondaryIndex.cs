using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Indexes;

namespace MiniAurora.Storage.Tables;

/// <summary>
/// A secondary index: tree keys are the index parts followed by the clustered key (as InnoDB), so every
/// entry is unique and points at one record. Under MVCC a record can have entries for several of its
/// versions; readers accept an entry only if the version they see produces that entry's key.
/// </summary>
internal sealed class SecondaryIndex
{
    private readonly int[] _ordinals;
    private readonly int[] _prefixes;

    public SecondaryIndex(IndexDef def, TableDef table, KeyComparer clusteredComparer)
    {
        Def = def;
        PartCount = def.Parts.Count;
        _ordinals = def.Parts.Select(p => p.ColumnOrdinal).ToArray();
        _prefixes = def.Parts.Select(p => p.PrefixLength).ToArray();
        var collations = new Collation[PartCount + clusteredComparer.Length];
        var descending = new bool[collations.Length];
        for (int i = 0; i < PartCount; i++)
        {
            collations[i] = table.Columns[_ordinals[i]].Collation;
            descending[i] = def.Parts[i].Descending;
        }
        for (int i = 0; i < clusteredComparer.Length; i++)
        {
            collations[PartCount + i] = clusteredComparer.CollationAt(i);
        }
        Tree = new BPlusTree<RowRecord>(new KeyComparer(collations, descending));
    }

    public IndexDef Def { get; }

    public int PartCount { get; }

    public bool IsUnique => Def.IsUnique;

    public BPlusTree<RowRecord> Tree { get; }

    public KeyComparer Comparer => Tree.Comparer;

    /// <summary>Builds the tree key of a row: index parts (prefix-truncated) then the clustered key.</summary>
    public SqlValue[] BuildKey(SqlValue[] row, SqlValue[] clusteredKey)
    {
        var key = new SqlValue[PartCount + clusteredKey.Length];
        for (int i = 0; i < PartCount; i++)
        {
            key[i] = KeyParts.Truncate(row[_ordinals[i]], _prefixes[i]);
        }
        clusteredKey.CopyTo(key, PartCount);
        return key;
    }

    /// <summary>True when the index parts of <paramref name="row"/> equal those of <paramref name="key"/>.</summary>
    public bool RowMatchesKey(SqlValue[] row, SqlValue[] key)
    {
        for (int i = 0; i < PartCount; i++)
        {
            var value = KeyParts.Truncate(row[_ordinals[i]], _prefixes[i]);
            if (ValueComparer.Compare(value, key[i], Comparer.CollationAt(i)) != 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when two rows have equal index parts (an update that keeps the entry).</summary>
    public bool SameKey(SqlValue[] a, SqlValue[] b)
    {
        for (int i = 0; i < PartCount; i++)
        {
            var x = KeyParts.Truncate(a[_ordinals[i]], _prefixes[i]);
            var y = KeyParts.Truncate(b[_ordinals[i]], _prefixes[i]);
            if (x.IsNull != y.IsNull || ValueComparer.Compare(x, y, Comparer.CollationAt(i)) != 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Unique indexes never conflict on keys containing NULL (MySQL semantics).</summary>
    public bool KeyHasNull(SqlValue[] key)
    {
        for (int i = 0; i < PartCount; i++)
        {
            if (key[i].IsNull)
            {
                return true;
            }
        }
        return false;
    }
}
