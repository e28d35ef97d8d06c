using MiniAurora.Engine.Execution;
using MiniAurora.Storage;

namespace MiniAurora.Engine.Planning;

/// <summary>SELECT ... FOR UPDATE / FOR SHARE: base-table reads below lock their rows.</summary>
internal sealed class LockingNode : PlanNode
{
    public LockingNode(PlanNode child, RowLockMode mode)
    {
        Child = child;
        Mode = mode;
    }

    public PlanNode Child { get; }

    public RowLockMode Mode { get; }

    public override int Width => Child.Width;

    public override IReadOnlyList<PlanNode> Children => [Child];

    public override Operator Open(QueryContext ctx)
    {
        ctx.LockMode = Mode;
        return Child.Open(ctx);
    }
}
