using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Planning;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>
/// A scalar, EXISTS or IN subquery. It runs synchronously inside expression evaluation: consistent reads
/// of in-memory storage complete synchronously, which the operator contract guarantees (B3.5). The
/// current row is pushed as the outer row for correlated references. Uncorrelated results are cached per statement.
/// </summary>
internal sealed class BoundSubquery : BoundExpression
{
    public BoundSubquery(SubqueryKind kind, PlanNode plan, int visibleWidth, ColumnType type, BoundExpression? operand, bool negated, bool correlated)
        : base(type)
    {
        Kind = kind;
        Plan = plan;
        VisibleWidth = visibleWidth;
        Operand = operand;
        Negated = negated;
        Correlated = correlated;
    }

    public SubqueryKind Kind { get; }

    public PlanNode Plan { get; }

    public int VisibleWidth { get; }

    public BoundExpression? Operand { get; }

    public bool Negated { get; }

    public bool Correlated { get; }

    public override bool IsConstant => false;

    public override IReadOnlyList<BoundExpression> Children => Operand is null ? [] : [Operand];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) =>
        new BoundSubquery(Kind, Plan, VisibleWidth, Type, children.Count > 0 ? children[0] : null, Negated, Correlated);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var operand = Operand?.Evaluate(ctx) ?? SqlValue.Null;
        var rows = Run(ctx, Kind == SubqueryKind.Exists ? 1 : Kind == SubqueryKind.Scalar ? 2 : int.MaxValue);
        switch (Kind)
        {
            case SubqueryKind.Exists:
                return SqlValue.FromBool((rows.Count > 0) != Negated);
            case SubqueryKind.Scalar:
                if (rows.Count > 1)
                {
                    throw MySqlErrors.SubqueryNo1Row();
                }
                return rows.Count == 0 ? SqlValue.Null : rows[0][0];
            default:
                {
                    if (operand.IsNull)
                    {
                        return rows.Count == 0 ? SqlValue.FromBool(Negated) : SqlValue.Null;
                    }
                    bool sawNull = false;
                    var collation = TypeRules.ComparisonCollation(Operand!.Type, Type);
                    foreach (var row in rows)
                    {
                        if (row[0].IsNull)
                        {
                            sawNull = true;
                            continue;
                        }
                        if (ValueComparer.Compare(operand, row[0], collation, ctx) == 0)
                        {
                            return SqlValue.FromBool(!Negated);
                        }
                    }
                    return sawNull ? SqlValue.Null : SqlValue.FromBool(Negated);
                }
        }
    }

    private List<SqlValue[]> Run(EvaluationContext ctx, int max)
    {
        var query = (QueryContext)ctx.Query!;
        if (!Correlated && query.SubqueryCache.TryGetValue(this, out var cached))
        {
            return cached;
        }
        var saved = ctx.Row;
        ctx.OuterRows.Add(saved);
        var rows = new List<SqlValue[]>();
        try
        {
            using var op = Plan.Open(query);
            while (rows.Count < max)
            {
                var next = op.MoveNextAsync(query.CancellationToken);
                if (!next.IsCompletedSuccessfully)
                {
                    throw MySqlErrors.NotSupportedYet("locking reads in subqueries");
                }
                // Completed synchronously (checked above): reading the result does not block.
#pragma warning disable VSTHRD002
                if (!next.Result)
#pragma warning restore VSTHRD002
                {
                    break;
                }
                rows.Add(op.Current);
            }
        }
        finally
        {
            ctx.OuterRows.RemoveAt(ctx.OuterRows.Count - 1);
            ctx.Row = saved;
        }
        if (!Correlated)
        {
            query.SubqueryCache[this] = rows;
        }
        return rows;
    }
}
