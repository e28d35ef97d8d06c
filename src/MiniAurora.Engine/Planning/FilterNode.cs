using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Execution.Operators;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Planning;

internal sealed class FilterNode : PlanNode
{
    public FilterNode(PlanNode child, BoundExpression predicate)
    {
        Child = child;
        Predicate = predicate;
    }

    public PlanNode Child { get; }

    public BoundExpression Predicate { get; }

    public override int Width => Child.Width;

    public override IReadOnlyList<PlanNode> Children => [Child];

    public override Operator Open(QueryContext ctx) => new FilterOperator(Child.Open(ctx), Predicate, ctx.Eval);

    public override void Explain(List<ExplainRow> rows)
    {
        base.Explain(rows);
        if (rows.Count > 0 && rows[^1].Extra is null)
        {
            rows[^1] = rows[^1] with { Extra = "Using where" };
        }
    }
}
