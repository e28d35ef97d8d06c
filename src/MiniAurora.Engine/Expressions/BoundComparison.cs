using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

internal sealed class BoundComparison : BoundExpression
{
    public BoundComparison(ComparisonOperator op, BoundExpression left, BoundExpression right)
        : base(BoolType)
    {
        Operator = op;
        Left = left;
        Right = right;
        Collation = TypeRules.ComparisonCollation(left.Type, right.Type);
    }

    public static ColumnType BoolType { get; } = new(SqlTypeKind.BigInt, Length: 1);

    public ComparisonOperator Operator { get; }

    public BoundExpression Left { get; }

    public BoundExpression Right { get; }

    public Collation Collation { get; }

    public override bool Nullable => Operator != ComparisonOperator.NullSafeEqual && (Left.Nullable || Right.Nullable);

    public override IReadOnlyList<BoundExpression> Children => [Left, Right];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundComparison(Operator, children[0], children[1]);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var l = Left.Evaluate(ctx);
        var r = Right.Evaluate(ctx);
        if (l.IsNull || r.IsNull)
        {
            if (Operator == ComparisonOperator.NullSafeEqual)
            {
                return SqlValue.FromBool(l.IsNull && r.IsNull);
            }
            return SqlValue.Null;
        }
        int c = ValueComparer.Compare(l, r, Collation, ctx);
        return SqlValue.FromBool(Test(Operator, c));
    }

    public static bool Test(ComparisonOperator op, int c) => op switch
    {
        ComparisonOperator.Equal or ComparisonOperator.NullSafeEqual => c == 0,
        ComparisonOperator.NotEqual => c != 0,
        ComparisonOperator.Less => c < 0,
        ComparisonOperator.LessOrEqual => c <= 0,
        ComparisonOperator.Greater => c > 0,
        _ => c >= 0,
    };

    public static ComparisonOperator Flip(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => ComparisonOperator.Greater,
        ComparisonOperator.LessOrEqual => ComparisonOperator.GreaterOrEqual,
        ComparisonOperator.Greater => ComparisonOperator.Less,
        ComparisonOperator.GreaterOrEqual => ComparisonOperator.LessOrEqual,
        _ => op,
    };

    public override string ToString() => $"({Left} {Operator} {Right})";
}
