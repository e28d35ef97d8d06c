using MiniAurora.Engine.Expressions;
using MiniAurora.Storage;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Planning;

/// <summary>
/// ORDER BY on a single table whose sort keys are a prefix of an index (after the parts fixed by equality)
/// reads that index in order (backwards for DESC) instead of sorting, so ORDER BY … LIMIT stops early.
/// </summary>
internal static class OrderByIndexRule
{
    /// <summary>Returns the rewritten source plan, or null when the order can't come from an index.</summary>
    public static PlanNode? TryApply(PlanNode source, IReadOnlyList<SortKey> keys, IReadOnlyList<BoundExpression> projected)
    {
        var columns = new List<int>();
        bool? descending = null;
        foreach (var key in keys)
        {
            if (projected[key.Ordinal] is not BoundColumnRef column)
            {
                return null;
            }
            if (descending is not null && descending != key.Descending)
            {
                return null;
            }
            descending = key.Descending;
            columns.Add(column.Ordinal);
        }
        return Rewrite(source, columns, descending == true ? ScanDirection.Backward : ScanDirection.Forward);
    }

    private static PlanNode? Rewrite(PlanNode node, List<int> columns, ScanDirection direction)
    {
        switch (node)
        {
            case FilterNode f:
                {
                    var child = Rewrite(f.Child, columns, direction);
                    return child is null ? null : new FilterNode(child, f.Predicate);
                }
            case LockingNode l:
                {
                    var child = Rewrite(l.Child, columns, direction);
                    return child is null ? null : new LockingNode(child, l.Mode);
                }
            case ScanNode scan:
                {
                    var path = scan.Path;
                    if (path.Index is not null && !path.IsFullScan)
                    {
                        if (path.IsUniquePoint)
                        {
                            return scan;
                        }
                        return Matches(scan.Table, path.Index, path.Equalities.Length, columns) ? new ScanNode(scan.Table, scan.Alias, path, direction) : null;
                    }
                    foreach (var index in scan.Table.Indexes)
                    {
                        if (index.Visible && Matches(scan.Table, index, 0, columns))
                        {
                            return new ScanNode(scan.Table, scan.Alias, new AccessPath(index, [], null, false, null, false, null), direction);
                        }
                    }
                    return null;
                }
            default:
                return null;
        }
    }

    private static bool Matches(TableDef table, IndexDef index, int skip, List<int> columns)
    {
        if (index.Parts.Count - skip < columns.Count)
        {
            return false;
        }
        for (int i = 0; i < columns.Count; i++)
        {
            var part = index.Parts[skip + i];
            if (part.ColumnOrdinal != columns[i] || part.PrefixLength > 0 || part.Descending)
            {
                return false;
            }
        }
        return table.Columns.Count > 0;
    }
}
