using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Execution.Operators;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Planning;

/// <summary>Nested-loop join; <see cref="Correlated"/> inner plans are index lookups keyed on the outer row.</summary>
internal sealed class JoinNode : PlanNode
{
    public JoinNode(PlanNode outer, PlanNode inner, bool correlated, BoundExpression? condition, bool leftOuter)
    {
        Outer = outer;
        Inner = inner;
        Correlated = correlated;
        Condition = condition;
        LeftOuter = leftOuter;
    }

    public PlanNode Outer { get; }

    public PlanNode Inner { get; }

    public bool Correlated { get; }

    public BoundExpression? Condition { get; }

    public bool LeftOuter { get; }

    public override int Width => Outer.Width + Inner.Width;

    public override IReadOnlyList<PlanNode> Children => [Outer, Inner];

    public override Operator Open(QueryContext ctx) => new NestedLoopJoinOperator(ctx, Outer.Open(ctx), Inner, Correlated, Condition, LeftOuter, Outer.Width);

    public override void Explain(List<ExplainRow> rows)
    {
        Outer.Explain(rows);
        int before = rows.Count;
        Inner.Explain(rows);
        if (!Correlated && rows.Count > before)
        {
            rows[before] = rows[before] with { Extra = "Using where; Using join buffer (hash join)" };
        }
    }
}
