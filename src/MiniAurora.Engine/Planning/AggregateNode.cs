using MiniAurora.Engine.Builtins;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Execution.Operators;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Planning;

internal sealed class AggregateNode : PlanNode
{
    public AggregateNode(PlanNode child, BoundExpression[] groups, AggregateSpec[] aggregates)
    {
        Child = child;
        Groups = groups;
        Aggregates = aggregates;
    }

    public PlanNode Child { get; }

    public BoundExpression[] Groups { get; }

    public AggregateSpec[] Aggregates { get; }

    public override int Width => Groups.Length + Aggregates.Length;

    public override IReadOnlyList<PlanNode> Children => [Child];

    public override Operator Open(QueryContext ctx) => new HashAggregateOperator(Child.Open(ctx), Groups, Aggregates, ctx.Eval);

    public override void Explain(List<ExplainRow> rows)
    {
        base.Explain(rows);
        if (Groups.Length > 0 && rows.Count > 0)
        {
            rows[0] = rows[0] with { Extra = rows[0].Extra is null ? "Using temporary" : rows[0].Extra + "; Using temporary" };
        }
    }
}
