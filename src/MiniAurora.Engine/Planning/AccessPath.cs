using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Planning;

/// <summary>
/// How a table is read: an index (or the clustered order) with key bounds given as expressions that are
/// evaluated when the scan opens (so '?' parameters and outer-row values of an index nested-loop join work).
/// The full WHERE is still applied afterwards, so bounds may be wider than the predicate.
/// </summary>
internal sealed class AccessPath
{
    public static AccessPath FullScan { get; } = new(null, [], null, false, null, false, null);

    public AccessPath(IndexDef? index, BoundExpression[] equalities, BoundExpression? low, bool lowInclusive, BoundExpression? high, bool highInclusive, BoundExpression[]? inList)
    {
        Index = index;
        Equalities = equalities;
        Low = low;
        LowInclusive = lowInclusive;
        High = high;
        HighInclusive = highInclusive;
        InList = inList;
    }

    public IndexDef? Index { get; }

    /// <summary>Values for the first key parts (equality).</summary>
    public BoundExpression[] Equalities { get; }

    /// <summary>Lower bound on the key part after the equalities, or null.</summary>
    public BoundExpression? Low { get; }

    public bool LowInclusive { get; }

    public BoundExpression? High { get; }

    public bool HighInclusive { get; }

    /// <summary>IN-list values for the first key part (each a point), or null.</summary>
    public BoundExpression[]? InList { get; }

    public bool IsFullScan => Index is null || (Equalities.Length == 0 && Low is null && High is null && InList is null);

    /// <summary>A lookup of exactly one row by a full unique key.</summary>
    public bool IsUniquePoint => Index is not null && Index.IsUnique && InList is null && Low is null && High is null && Equalities.Length == Index.Parts.Count;

    public string ExplainType => IsFullScan ? (Index is null ? "ALL" : "index")
        : IsUniquePoint ? (Index!.IsPrimary ? "const" : "eq_ref")
        : InList is not null || Low is not null || High is not null ? "range" : "ref";

    public IEnumerable<ColumnType> PartTypes(TableDef table) => Index is null ? [] : Index.Parts.Select(p => table.Columns[p.ColumnOrdinal].Type);
}
