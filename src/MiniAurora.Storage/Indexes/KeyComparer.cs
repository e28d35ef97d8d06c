using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Indexes;

/// <summary>
/// Compares index keys (arrays of values, one per key part) part by part under each part's collation,
/// reversing DESC parts. Prefix comparison looks only at the first N parts, which is what range bounds need.
/// </summary>
internal sealed class KeyComparer
{
    private readonly Collation[] _collations;
    private readonly bool[] _descending;

    public KeyComparer(Collation[] collations, bool[] descending)
    {
        _collations = collations;
        _descending = descending;
    }

    /// <summary>Key parts in a full tree key.</summary>
    public int Length => _collations.Length;

    public Collation CollationAt(int part) => _collations[part];

    /// <summary>Compares a full tree key with a bound over its first <c>prefix.Length</c> parts.</summary>
    public int ComparePrefix(SqlValue[] key, ReadOnlySpan<SqlValue> prefix)
    {
        for (int i = 0; i < prefix.Length; i++)
        {
            int c = ValueComparer.Compare(key[i], prefix[i], _collations[i]);
            if (c != 0)
            {
                return _descending[i] ? -c : c;
            }
        }
        return 0;
    }

    /// <summary>Compares two full keys.</summary>
    public int Compare(SqlValue[] a, SqlValue[] b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            int c = ValueComparer.Compare(a[i], b[i], _collations[i]);
            if (c != 0)
            {
                return _descending[i] ? -c : c;
            }
        }
        return a.Length.CompareTo(b.Length);
    }
}
