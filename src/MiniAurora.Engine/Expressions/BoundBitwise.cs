using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>&amp; | ^ &lt;&lt; &gt;&gt; ~ on 64-bit unsigned integers, as MySQL.</summary>
internal sealed class BoundBitwise : BoundExpression
{
    public BoundBitwise(BitwiseOperator op, BoundExpression left, BoundExpression? right)
        : base(ColumnType.BigIntUnsigned)
    {
        Operator = op;
        Left = left;
        Right = right;
    }

    public BitwiseOperator Operator { get; }

    public BoundExpression Left { get; }

    public BoundExpression? Right { get; }

    public override IReadOnlyList<BoundExpression> Children => Right is null ? [Left] : [Left, Right];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundBitwise(Operator, children[0], children.Count > 1 ? children[1] : null);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var l = Left.Evaluate(ctx);
        if (l.IsNull)
        {
            return l;
        }
        ulong a = ValueConversion.ToUInt64(l, ctx);
        if (Operator == BitwiseOperator.Not)
        {
            return SqlValue.FromUInt(~a);
        }
        var r = Right!.Evaluate(ctx);
        if (r.IsNull)
        {
            return r;
        }
        ulong b = ValueConversion.ToUInt64(r, ctx);
        return SqlValue.FromUInt(Operator switch
        {
            BitwiseOperator.And => a & b,
            BitwiseOperator.Or => a | b,
            BitwiseOperator.Xor => a ^ b,
            BitwiseOperator.ShiftLeft => b >= 64 ? 0 : a << (int)b,
            _ => b >= 64 ? 0 : a >> (int)b,
        });
    }
}
