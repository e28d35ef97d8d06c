using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Expressions;

internal sealed class BoundIsNull : BoundExpression
{
    public BoundIsNull(BoundExpression operand, bool negated)
        : base(BoundComparison.BoolType)
    {
        Operand = operand;
        Negated = negated;
    }

    public BoundExpression Operand { get; }

    public bool Negated { get; }

    public override bool Nullable => false;

    public override IReadOnlyList<BoundExpression> Children => [Operand];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundIsNull(children[0], Negated);

    public override SqlValue Evaluate(EvaluationContext ctx) => SqlValue.FromBool(Operand.Evaluate(ctx).IsNull != Negated);
}
