using MiniAurora.Core.Values;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Execution.Operators;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Planning;

/// <summary>Hash join on equality keys: <see cref="OuterKeys"/> evaluate over the outer row, <see cref="InnerKeys"/> are inner column ordinals.</summary>
internal sealed class HashJoinNode : PlanNode
{
    public HashJoinNode(PlanNode outer, PlanNode inner, BoundExpression[] outerKeys, int[] innerKeys, Collation[] collations, BoundExpression? condition, bool leftOuter)
    {
        Outer = outer;
        Inner = inner;
        OuterKeys = outerKeys;
        InnerKeys = innerKeys;
        Collations = collations;
        Condition = condition;
        LeftOuter = leftOuter;
    }

    public PlanNode Outer { get; }

    public PlanNode Inner { get; }

    public BoundExpression[] OuterKeys { get; }

    public int[] InnerKeys { get; }

    public Collation[] Collations { get; }

    public BoundExpression? Condition { get; }

    public bool LeftOuter { get; }

    public override int Width => Outer.Width + Inner.Width;

    public override IReadOnlyList<PlanNode> Children => [Outer, Inner];

    public override Operator Open(QueryContext ctx) => new HashJoinOperator(ctx, Outer.Open(ctx), this);

    public override void Explain(List<ExplainRow> rows)
    {
        Outer.Explain(rows);
        int before = rows.Count;
        Inner.Explain(rows);
        if (rows.Count > before)
        {
            rows[before] = rows[before] with { Extra = "Using where; Using join buffer (hash join)" };
        }
    }
}
