using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Execution.Operators;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Planning;

internal sealed class ProjectNode : PlanNode
{
    public ProjectNode(PlanNode child, BoundExpression[] expressions)
    {
        Child = child;
        Expressions = expressions;
    }

    public PlanNode Child { get; }

    public BoundExpression[] Expressions { get; }

    public override int Width => Expressions.Length;

    public override IReadOnlyList<PlanNode> Children => [Child];

    public override Operator Open(QueryContext ctx) => new ProjectOperator(Child.Open(ctx), Expressions, ctx.Eval);
}
