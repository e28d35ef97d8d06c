using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

internal sealed class BoundBetween : BoundExpression
{
    public BoundBetween(BoundExpression operand, BoundExpression low, BoundExpression high, bool negated)
        : base(BoundComparison.BoolType)
    {
        Operand = operand;
        Low = low;
        High = high;
        Negated = negated;
        Collation = TypeRules.ComparisonCollation(operand.Type, low.Type);
    }

    public BoundExpression Operand { get; }

    public BoundExpression Low { get; }

    public BoundExpression High { get; }

    public bool Negated { get; }

    public Collation Collation { get; }

    public override IReadOnlyList<BoundExpression> Children => [Operand, Low, High];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundBetween(children[0], children[1], children[2], Negated);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var v = Operand.Evaluate(ctx);
        var lo = Low.Evaluate(ctx);
        var hi = High.Evaluate(ctx);
        if (v.IsNull)
        {
            return SqlValue.Null;
        }
        int geLow = lo.IsNull ? -1 : ValueComparer.Compare(v, lo, Collation, ctx) >= 0 ? 1 : 0;
        int leHigh = hi.IsNull ? -1 : ValueComparer.Compare(v, hi, Collation, ctx) <= 0 ? 1 : 0;
        int result;
        if (geLow == 0 || leHigh == 0)
        {
            result = 0;
        }
        else if (geLow < 0 || leHigh < 0)
        {
            result = -1;
        }
        else
        {
            result = 1;
        }
        if (result < 0)
        {
            return SqlValue.Null;
        }
        return SqlValue.FromBool((result == 1) != Negated);
    }
}
