using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Values;

internal enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    IntegerDivide,
    Modulo,
}

/// <summary>
/// MySQL's numeric operators over runtime kinds: integers stay exact (BIGINT overflow is error 1690),
/// any DECIMAL makes the result DECIMAL, any DOUBLE or string makes it DOUBLE; '/' on exact operands is
/// DECIMAL with div_precision_increment (4) more digits; division by zero yields NULL with warning 1365.
/// </summary>
internal static class Arithmetic
{
    public const int DivPrecisionIncrement = 4;

    public static SqlValue Apply(ArithmeticOperator op, in SqlValue left, in SqlValue right, EvaluationContext ctx, string text)
    {
        if (left.IsNull || right.IsNull)
        {
            return SqlValue.Null;
        }
        var domain = Domain(left.Kind, right.Kind);
        if (op == ArithmeticOperator.Divide)
        {
            return Divide(domain, left, right, ctx);
        }
        if (op == ArithmeticOperator.IntegerDivide)
        {
            return IntegerDivide(domain, left, right, ctx, text);
        }
        switch (domain)
        {
            case NumericDomain.Signed:
                return SignedOp(op, left.AsInt, right.AsInt, ctx, text);
            case NumericDomain.Unsigned:
                return UnsignedOp(op, left, right, ctx, text);
            case NumericDomain.Decimal:
                return DecimalOp(op, ValueConversion.ToDecimal(left, ctx), ValueConversion.ToDecimal(right, ctx), ctx, text);
            default:
                return DoubleOp(op, ValueConversion.ToDouble(left, ctx), ValueConversion.ToDouble(right, ctx), ctx, text);
        }
    }

    internal enum NumericDomain
    {
        Signed,
        Unsigned,
        Decimal,
        Double,
    }

    internal static NumericDomain Domain(SqlValueKind l, SqlValueKind r)
    {
        if (l == SqlValueKind.Int && r == SqlValueKind.Int)
        {
            return NumericDomain.Signed;
        }
        if (IsDoubleLike(l) || IsDoubleLike(r))
        {
            return NumericDomain.Double;
        }
        if (l == SqlValueKind.Decimal || r == SqlValueKind.Decimal || IsTemporal(l) || IsTemporal(r))
        {
            return NumericDomain.Decimal;
        }
        return NumericDomain.Unsigned;
    }

    private static bool IsDoubleLike(SqlValueKind k) => k is SqlValueKind.Double or SqlValueKind.String or SqlValueKind.Bytes or SqlValueKind.Json;

    private static bool IsTemporal(SqlValueKind k) => k is SqlValueKind.Date or SqlValueKind.DateTime or SqlValueKind.Time;

    private static SqlValue SignedOp(ArithmeticOperator op, long a, long b, EvaluationContext ctx, string text)
    {
        long result;
        switch (op)
        {
            case ArithmeticOperator.Add:
                result = a + b;
                if (((a ^ result) & (b ^ result)) < 0)
                {
                    throw MySqlErrors.DataOutOfRange("BIGINT", text);
                }
                return SqlValue.FromInt(result);
            case ArithmeticOperator.Subtract:
                result = a - b;
                if (((a ^ b) & (a ^ result)) < 0)
                {
                    throw MySqlErrors.DataOutOfRange("BIGINT", text);
                }
                return SqlValue.FromInt(result);
            case ArithmeticOperator.Multiply:
                if (Math.BigMul(a, b, out long low) != (low >> 63))
                {
                    throw MySqlErrors.DataOutOfRange("BIGINT", text);
                }
                return SqlValue.FromInt(low);
            default:
                if (b == 0)
                {
                    return DivisionByZero(ctx);
                }
                return SqlValue.FromInt(b == -1 ? 0 : a % b);
        }
    }

    private static SqlValue UnsignedOp(ArithmeticOperator op, in SqlValue left, in SqlValue right, EvaluationContext ctx, string text)
    {
        decimal a = ValueConversion.ToDecimal(left, ctx);
        decimal b = ValueConversion.ToDecimal(right, ctx);
        decimal r;
        switch (op)
        {
            case ArithmeticOperator.Add: r = a + b; break;
            case ArithmeticOperator.Subtract: r = a - b; break;
            case ArithmeticOperator.Multiply: r = a * b; break;
            default:
                if (b == 0)
                {
                    return DivisionByZero(ctx);
                }
                r = a % b;
                return left.Kind == SqlValueKind.UInt ? SqlValue.FromUInt((ulong)Math.Abs(r)) : SqlValue.FromInt((long)r);
        }
        if (r < 0 || r > ulong.MaxValue)
        {
            throw MySqlErrors.DataOutOfRange("BIGINT UNSIGNED", text);
        }
        return SqlValue.FromUInt((ulong)r);
    }

    private static SqlValue DecimalOp(ArithmeticOperator op, decimal a, decimal b, EvaluationContext ctx, string text)
    {
        try
        {
            switch (op)
            {
                case ArithmeticOperator.Add: return SqlValue.FromDecimal(a + b);
                case ArithmeticOperator.Subtract: return SqlValue.FromDecimal(a - b);
                case ArithmeticOperator.Multiply: return SqlValue.FromDecimal(a * b);
                default:
                    if (b == 0)
                    {
                        return DivisionByZero(ctx);
                    }
                    return SqlValue.FromDecimal(a % b);
            }
        }
        catch (OverflowException)
        {
            throw MySqlErrors.DataOutOfRange("DECIMAL", text);
        }
    }

    private static SqlValue DoubleOp(ArithmeticOperator op, double a, double b, EvaluationContext ctx, string text)
    {
        double r;
        switch (op)
        {
            case ArithmeticOperator.Add: r = a + b; break;
            case ArithmeticOperator.Subtract: r = a - b; break;
            case ArithmeticOperator.Multiply: r = a * b; break;
            default:
                if (b == 0)
                {
                    return DivisionByZero(ctx);
                }
                r = a % b;
                break;
        }
        if (double.IsInfinity(r) || double.IsNaN(r))
        {
            throw MySqlErrors.DataOutOfRange("DOUBLE", text);
        }
        return SqlValue.FromDouble(r);
    }

    private static SqlValue Divide(NumericDomain domain, in SqlValue left, in SqlValue right, EvaluationContext ctx)
    {
        if (domain == NumericDomain.Double)
        {
            double b = ValueConversion.ToDouble(right, ctx);
            double a = ValueConversion.ToDouble(left, ctx);
            if (b == 0)
            {
                return DivisionByZero(ctx);
            }
            return SqlValue.FromDouble(a / b);
        }
        decimal db = ValueConversion.ToDecimal(right, ctx);
        decimal da = ValueConversion.ToDecimal(left, ctx);
        if (db == 0)
        {
            return DivisionByZero(ctx);
        }
        int scale = Math.Min(ScaleOf(da) + DivPrecisionIncrement, 28);
        decimal q = decimal.Round(da / db, scale, MidpointRounding.AwayFromZero);
        return SqlValue.FromDecimal(WithScale(q, scale));
    }

    private static SqlValue IntegerDivide(NumericDomain domain, in SqlValue left, in SqlValue right, EvaluationContext ctx, string text)
    {
        if (domain == NumericDomain.Signed)
        {
            long b = right.AsInt;
            if (b == 0)
            {
                return DivisionByZero(ctx);
            }
            if (left.AsInt == long.MinValue && b == -1)
            {
                throw MySqlErrors.DataOutOfRange("BIGINT", text);
            }
            return SqlValue.FromInt(left.AsInt / b);
        }
        decimal db = ValueConversion.ToDecimal(right, ctx);
        decimal da = ValueConversion.ToDecimal(left, ctx);
        if (db == 0)
        {
            return DivisionByZero(ctx);
        }
        decimal q = decimal.Truncate(da / db);
        if (domain == NumericDomain.Unsigned || left.Kind == SqlValueKind.UInt)
        {
            return q < 0 ? throw MySqlErrors.DataOutOfRange("BIGINT UNSIGNED", text) : SqlValue.FromUInt((ulong)q);
        }
        return q > long.MaxValue || q < long.MinValue ? throw MySqlErrors.DataOutOfRange("BIGINT", text) : SqlValue.FromInt((long)q);
    }

    public static SqlValue DivisionByZero(EvaluationContext ctx)
    {
        ctx.Warn(ErrorCode.ER_DIVISION_BY_ZERO);
        return SqlValue.Null;
    }

    public static int ScaleOf(decimal d) => (decimal.GetBits(d)[3] >> 16) & 0xFF;

    /// <summary>Returns <paramref name="d"/> with exactly <paramref name="scale"/> fractional digits (MySQL prints trailing zeros).</summary>
    public static decimal WithScale(decimal d, int scale)
    {
        int current = ScaleOf(d);
        if (current == scale)
        {
            return d;
        }
        if (current > scale)
        {
            return decimal.Round(d, scale, MidpointRounding.AwayFromZero);
        }
        return d + new decimal(0, 0, 0, false, (byte)scale);
    }
}
