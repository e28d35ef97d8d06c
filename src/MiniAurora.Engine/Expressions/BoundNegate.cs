using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

internal sealed class BoundNegate : BoundExpression
{
    public BoundNegate(BoundExpression operand)
        : base(operand.Type.IsInteger ? new ColumnType(SqlTypeKind.BigInt, Length: operand.Type.Length + 1)
            : operand.Type.Kind == SqlTypeKind.Decimal ? operand.Type : ColumnType.Double)
    {
        Operand = operand;
    }

    public BoundExpression Operand { get; }

    public override bool Nullable => Operand.Nullable;

    public override IReadOnlyList<BoundExpression> Children => [Operand];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundNegate(children[0]);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var v = Operand.Evaluate(ctx);
        switch (v.Kind)
        {
            case SqlValueKind.Null:
                return v;
            case SqlValueKind.Int:
                if (v.AsInt == long.MinValue)
                {
                    throw MySqlErrors.DataOutOfRange("BIGINT", "-(" + Operand + ")");
                }
                return SqlValue.FromInt(-v.AsInt);
            case SqlValueKind.UInt:
                if (v.AsUInt > (ulong)long.MaxValue + 1)
                {
                    throw MySqlErrors.DataOutOfRange("BIGINT", "-(" + Operand + ")");
                }
                return SqlValue.FromInt(unchecked(-(long)v.AsUInt));
            case SqlValueKind.Decimal:
                return SqlValue.FromDecimal(-v.AsDecimal);
            default:
                return SqlValue.FromDouble(-ValueConversion.ToDouble(v, ctx));
        }
    }

    public override string ToString() => "-" + Operand;
}
