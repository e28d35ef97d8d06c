using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>AND / OR / XOR with SQL's three-valued logic (AND and OR short-circuit).</summary>
internal sealed class BoundLogical : BoundExpression
{
    public BoundLogical(LogicalOperator op, BoundExpression left, BoundExpression right)
        : base(BoundComparison.BoolType)
    {
        Operator = op;
        Left = left;
        Right = right;
    }

    public LogicalOperator Operator { get; }

    public BoundExpression Left { get; }

    public BoundExpression Right { get; }

    public override bool Nullable => Left.Nullable || Right.Nullable;

    public override IReadOnlyList<BoundExpression> Children => [Left, Right];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundLogical(Operator, children[0], children[1]);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        int l = ValueConversion.Truth(Left.Evaluate(ctx), ctx);
        switch (Operator)
        {
            case LogicalOperator.And:
                {
                    if (l == 0)
                    {
                        return SqlValue.False;
                    }
                    int r = ValueConversion.Truth(Right.Evaluate(ctx), ctx);
                    if (r == 0)
                    {
                        return SqlValue.False;
                    }
                    return l < 0 || r < 0 ? SqlValue.Null : SqlValue.True;
                }
            case LogicalOperator.Or:
                {
                    if (l == 1)
                    {
                        return SqlValue.True;
                    }
                    int r = ValueConversion.Truth(Right.Evaluate(ctx), ctx);
                    if (r == 1)
                    {
                        return SqlValue.True;
                    }
                    return l < 0 || r < 0 ? SqlValue.Null : SqlValue.False;
                }
            default:
                {
                    int r = ValueConversion.Truth(Right.Evaluate(ctx), ctx);
                    return l < 0 || r < 0 ? SqlValue.Null : SqlValue.FromBool(l != r);
                }
        }
    }

    public override string ToString() => $"({Left} {Operator} {Right})";
}
