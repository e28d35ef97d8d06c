using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Execution;

/// <summary>Equality of the first <c>width</c> values of rows under per-column collations (DISTINCT, GROUP BY, hash joins).</summary>
internal sealed class RowKeyComparer : IEqualityComparer<SqlValue[]>
{
    private readonly Collation[] _collations;

    public RowKeyComparer(Collation[] collations)
    {
        _collations = collations;
    }

    public bool Equals(SqlValue[]? x, SqlValue[]? y)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }
        for (int i = 0; i < _collations.Length; i++)
        {
            if (!ValueComparer.GroupEquals(x[i], y[i], _collations[i]))
            {
                return false;
            }
        }
        return true;
    }

    public int GetHashCode(SqlValue[] row)
    {
        var hash = default(HashCode);
        for (int i = 0; i < _collations.Length; i++)
        {
            hash.Add(ValueComparer.GroupHash(row[i], _collations[i]));
        }
        return hash.ToHashCode();
    }
}
