using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>IS [NOT] TRUE / FALSE / UNKNOWN; never NULL.</summary>
internal sealed class BoundIsTruth : BoundExpression
{
    public BoundIsTruth(BoundExpression operand, int expected, bool negated)
        : base(BoundComparison.BoolType)
    {
        Operand = operand;
        Expected = expected;
        Negated = negated;
    }

    public BoundExpression Operand { get; }

    /// <summary>1 for TRUE, 0 for FALSE, -1 for UNKNOWN.</summary>
    public int Expected { get; }

    public bool Negated { get; }

    public override bool Nullable => false;

    public override IReadOnlyList<BoundExpression> Children => [Operand];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundIsTruth(children[0], Expected, Negated);

    public override SqlValue Evaluate(EvaluationContext ctx) =>
        SqlValue.FromBool((ValueConversion.Truth(Operand.Evaluate(ctx), ctx) == Expected) != Negated);
}
