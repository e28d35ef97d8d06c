using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Execution.Operators;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Planning;

internal sealed class LimitNode : PlanNode
{
    public LimitNode(PlanNode child, BoundExpression count, BoundExpression? offset)
    {
        Child = child;
        Count = count;
        Offset = offset;
    }

    public PlanNode Child { get; }

    public BoundExpression Count { get; }

    public BoundExpression? Offset { get; }

    public override int Width => Child.Width;

    public override IReadOnlyList<PlanNode> Children => [Child];

    public override Operator Open(QueryContext ctx) => new LimitOperator(Child.Open(ctx), Count, Offset, ctx.Eval);
}
