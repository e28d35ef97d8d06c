using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

internal sealed class BoundArithmeticExpression : BoundExpression
{
    private readonly string _text;

    public BoundArithmeticExpression(ArithmeticOperator op, BoundExpression left, BoundExpression right, string text)
        : base(TypeRules.Arithmetic(op, left.Type, right.Type))
    {
        Operator = op;
        Left = left;
        Right = right;
        _text = text;
    }

    public ArithmeticOperator Operator { get; }

    public BoundExpression Left { get; }

    public BoundExpression Right { get; }

    public override bool Nullable => Left.Nullable || Right.Nullable || Operator is ArithmeticOperator.Divide or ArithmeticOperator.IntegerDivide or ArithmeticOperator.Modulo;

    public override IReadOnlyList<BoundExpression> Children => [Left, Right];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundArithmeticExpression(Operator, children[0], children[1], _text);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var l = Left.Evaluate(ctx);
        if (l.IsNull)
        {
            return SqlValue.Null;
        }
        var r = Right.Evaluate(ctx);
        if (r.Kind == SqlValueKind.Int && l.Kind == SqlValueKind.Int && Operator == ArithmeticOperator.Add)
        {
            long a = l.AsInt;
            long b = r.AsInt;
            long sum = a + b;
            if (((a ^ sum) & (b ^ sum)) >= 0)
            {
                return SqlValue.FromInt(sum);
            }
        }
        return Arithmetic.Apply(Operator, l, r, ctx, _text);
    }

    public override string ToString() => _text;
}
