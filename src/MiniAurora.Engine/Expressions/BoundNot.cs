using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

internal sealed class BoundNot : BoundExpression
{
    public BoundNot(BoundExpression operand)
        : base(BoundComparison.BoolType)
    {
        Operand = operand;
    }

    public BoundExpression Operand { get; }

    public override bool Nullable => Operand.Nullable;

    public override IReadOnlyList<BoundExpression> Children => [Operand];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundNot(children[0]);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        int t = ValueConversion.Truth(Operand.Evaluate(ctx), ctx);
        return t < 0 ? SqlValue.Null : SqlValue.FromBool(t == 0);
    }

    public override string ToString() => "NOT " + Operand;
}
