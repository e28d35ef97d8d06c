using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Execution.Operators;

namespace MiniAurora.Engine.Planning;

internal sealed class SortNode : PlanNode
{
    public SortNode(PlanNode child, SortKey[] keys)
    {
        Child = child;
        Keys = keys;
    }

    public PlanNode Child { get; }

    public SortKey[] Keys { get; }

    public override int Width => Child.Width;

    public override IReadOnlyList<PlanNode> Children => [Child];

    public override Operator Open(QueryContext ctx) => new SortOperator(Child.Open(ctx), Keys, long.MaxValue);

    public override void Explain(List<ExplainRow> rows)
    {
        base.Explain(rows);
        if (rows.Count > 0)
        {
            rows[0] = rows[0] with { Extra = rows[0].Extra is null ? "Using filesort" : rows[0].Extra + "; Using filesort" };
        }
    }
}
