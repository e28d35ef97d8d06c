using MiniAurora.Core.Values;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Execution.Operators;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Planning;
using MiniAurora.Engine.Values;
using MiniAurora.Storage;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Statements;

/// <summary>
/// Finds the rows an UPDATE or DELETE changes: an exclusive-lock scan through the chosen access path, the
/// WHERE filter, then ORDER BY and LIMIT. All targets are collected before any is changed (no Halloween problem).
/// </summary>
internal sealed class RowTarget
{
    public RowTarget(TableDef table, AccessPath path, BoundExpression? where, SortKey[] order, BoundExpression[] orderExprs, BoundExpression? limit)
    {
        Table = table;
        Path = path;
        Where = where;
        Order = order;
        OrderExprs = orderExprs;
        Limit = limit;
    }

    public TableDef Table { get; }

    public AccessPath Path { get; }

    public BoundExpression? Where { get; }

    public SortKey[] Order { get; }

    public BoundExpression[] OrderExprs { get; }

    public BoundExpression? Limit { get; }

    public async ValueTask<List<RowRef>> CollectAsync(QueryContext ctx, CancellationToken ct)
    {
        var eval = ctx.Eval;
        long limit = Limit is null ? long.MaxValue : Math.Max(0, ValueConversion.ToInt64(Limit.Evaluate(eval), eval));
        ctx.LockMode = RowLockMode.Exclusive;
        var rows = new List<RowRef>();
        using (var scan = new TableScanOperator(ctx, Table, Path, ScanDirection.Forward))
        {
            while (await scan.MoveNextAsync(ct).ConfigureAwait(false))
            {
                if (Where is not null)
                {
                    eval.Row = scan.Current;
                    if (ValueConversion.Truth(Where.Evaluate(eval), eval) != 1)
                    {
                        continue;
                    }
                }
                rows.Add(scan.CurrentRef);
                if (Order.Length == 0 && rows.Count >= limit)
                {
                    break;
                }
            }
        }
        ctx.LockMode = RowLockMode.None;
        if (Order.Length > 0)
        {
            var keyed = rows.Select(r =>
            {
                eval.Row = r.Values;
                return (Row: r, Keys: OrderExprs.Select(e => e.Evaluate(eval)).ToArray());
            }).ToList();
            keyed.Sort((a, b) =>
            {
                for (int i = 0; i < Order.Length; i++)
                {
                    int c = ValueComparer.CompareForSort(a.Keys[i], b.Keys[i], Order[i].Collation);
                    if (c != 0)
                    {
                        return Order[i].Descending ? -c : c;
                    }
                }
                return 0;
            });
            rows = keyed.Take((int)Math.Min(limit, int.MaxValue)).Select(k => k.Row).ToList();
        }
        return rows;
    }
}
