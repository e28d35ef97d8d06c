using MiniAurora.Core.Values;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Execution.Operators;

namespace MiniAurora.Engine.Planning;

internal sealed class DistinctNode : PlanNode
{
    public DistinctNode(PlanNode child, Collation[] collations)
    {
        Child = child;
        Collations = collations;
    }

    public PlanNode Child { get; }

    public Collation[] Collations { get; }

    public override int Width => Child.Width;

    public override IReadOnlyList<PlanNode> Children => [Child];

    public override Operator Open(QueryContext ctx) => new DistinctOperator(Child.Open(ctx), Collations);

    public override void Explain(List<ExplainRow> rows)
    {
        base.Explain(rows);
        if (rows.Count > 0)
        {
            rows[0] = rows[0] with { Extra = rows[0].Extra is null ? "Using temporary" : rows[0].Extra + "; Using temporary" };
        }
    }
}
