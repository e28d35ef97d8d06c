using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;
using static MiniAurora.Engine.Builtins.FunctionRegistry;

namespace MiniAurora.Engine.Builtins;

/// <summary>Numeric builtins; exact inputs stay exact (ABS/CEIL/FLOOR/ROUND of DECIMAL are DECIMAL).</summary>
internal static class NumericFunctions
{
    private static ColumnType SameNumeric(BoundExpression[] a)
    {
        var t = a[0].Type;
        if (TypeRules.IsIntegerType(t))
        {
            return new ColumnType(SqlTypeKind.BigInt, Unsigned: t.Unsigned, Length: Math.Max(t.Length, 1));
        }
        return t.Kind == SqlTypeKind.Decimal ? t : ColumnType.Double;
    }

    private static ColumnType IntegralResult(BoundExpression[] a)
    {
        var t = a[0].Type;
        if (TypeRules.IsIntegerType(t))
        {
            return new ColumnType(SqlTypeKind.BigInt, Unsigned: t.Unsigned, Length: Math.Max(t.Length, 1));
        }
        if (t.Kind == SqlTypeKind.Decimal)
        {
            return t.Length - t.Scale <= 18 ? new ColumnType(SqlTypeKind.BigInt, Length: t.Length - t.Scale + 1) : ColumnType.Decimal(t.Length - t.Scale + 1, 0);
        }
        return ColumnType.Double;
    }

    private static SqlValue Unary(EvaluationContext ctx, BoundExpression[] a, Func<long, long> onInt, Func<decimal, decimal> onDecimal, Func<double, double> onDouble)
    {
        var v = a[0].Evaluate(ctx);
        switch (v.Kind)
        {
            case SqlValueKind.Null: return v;
            case SqlValueKind.Int: return SqlValue.FromInt(onInt(v.AsInt));
            case SqlValueKind.UInt: return v;
            case SqlValueKind.Decimal: return SqlValue.FromDecimal(onDecimal(v.AsDecimal));
            default: return SqlValue.FromDouble(onDouble(ValueConversion.ToDouble(v, ctx)));
        }
    }

    private static FunctionDefinition Math1(string name, Func<double, double> f, bool nullIfNaN = true) =>
        new(name, 1, 1, Fixed(ColumnType.Double), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            if (v.IsNull)
            {
                return v;
            }
            double r = f(ValueConversion.ToDouble(v, ctx));
            return double.IsNaN(r) || double.IsInfinity(r) ? (nullIfNaN ? SqlValue.Null : SqlValue.FromDouble(r)) : SqlValue.FromDouble(r);
        });

    public static IEnumerable<FunctionDefinition> All()
    {
        yield return new("ABS", 1, 1, SameNumeric, (ctx, a) => Unary(ctx, a, Math.Abs, Math.Abs, Math.Abs));
        var ceil = new FunctionDefinition("CEIL", 1, 1, IntegralResult, (ctx, a) => IntegralOf(ctx, a, Math.Ceiling, Math.Ceiling));
        yield return ceil;
        yield return Alias("CEILING", ceil);
        yield return new("FLOOR", 1, 1, IntegralResult, (ctx, a) => IntegralOf(ctx, a, Math.Floor, Math.Floor));
        yield return new("ROUND", 1, 2, a => RoundType(a), (ctx, a) => RoundOrTruncate(ctx, a, truncate: false));
        yield return new("TRUNCATE", 2, 2, a => RoundType(a), (ctx, a) => RoundOrTruncate(ctx, a, truncate: true));
        yield return new("MOD", 2, 2, a => TypeRules.Arithmetic(ArithmeticOperator.Modulo, a[0].Type, a[1].Type),
            (ctx, a) => Arithmetic.Apply(ArithmeticOperator.Modulo, a[0].Evaluate(ctx), a[1].Evaluate(ctx), ctx, "mod"));
        var pow = new FunctionDefinition("POW", 2, 2, Fixed(ColumnType.Double), (ctx, a) =>
        {
            var x = a[0].Evaluate(ctx);
            var y = a[1].Evaluate(ctx);
            if (x.IsNull || y.IsNull)
            {
                return SqlValue.Null;
            }
            double r = Math.Pow(ValueConversion.ToDouble(x, ctx), ValueConversion.ToDouble(y, ctx));
            if (double.IsInfinity(r) || double.IsNaN(r))
            {
                throw Core.Errors.MySqlErrors.DataOutOfRange("DOUBLE", "pow");
            }
            return SqlValue.FromDouble(r);
        });
        yield return pow;
        yield return Alias("POWER", pow);
        yield return Math1("SQRT", d => d < 0 ? double.NaN : Math.Sqrt(d));
        yield return Math1("EXP", Math.Exp);
        yield return Math1("LN", d => d <= 0 ? double.NaN : Math.Log(d));
        yield return new("LOG", 1, 2, Fixed(ColumnType.Double), (ctx, a) =>
        {
            var x = a[0].Evaluate(ctx);
            if (x.IsNull)
            {
                return x;
            }
            if (a.Length == 1)
            {
                double d = ValueConversion.ToDouble(x, ctx);
                return d <= 0 ? SqlValue.Null : SqlValue.FromDouble(Math.Log(d));
            }
            var y = a[1].Evaluate(ctx);
            if (y.IsNull)
            {
                return y;
            }
            double b = ValueConversion.ToDouble(x, ctx);
            double v = ValueConversion.ToDouble(y, ctx);
            return b <= 0 || b == 1 || v <= 0 ? SqlValue.Null : SqlValue.FromDouble(Math.Log(v) / Math.Log(b));
        });
        yield return Math1("LOG2", d => d <= 0 ? double.NaN : Math.Log2(d));
        yield return Math1("LOG10", d => d <= 0 ? double.NaN : Math.Log10(d));
        yield return Math1("SIN", Math.Sin);
        yield return Math1("COS", Math.Cos);
        yield return Math1("TAN", Math.Tan);
        yield return Math1("ASIN", Math.Asin);
        yield return Math1("ACOS", Math.Acos);
        yield return Math1("ATAN", Math.Atan);
        yield return Math1("COT", d => 1 / Math.Tan(d));
        yield return Math1("DEGREES", d => d * 180 / Math.PI);
        yield return Math1("RADIANS", d => d * Math.PI / 180);
        yield return new("PI", 0, 0, Fixed(new ColumnType(SqlTypeKind.Double, Length: 8, Scale: 6)), (ctx, a) => SqlValue.FromDouble(Math.PI), FunctionFlags.NotNull);
        yield return new("SIGN", 1, 1, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 2)), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            return v.IsNull ? v : SqlValue.FromInt(v.Kind switch
            {
                SqlValueKind.Int => Math.Sign(v.AsInt),
                SqlValueKind.UInt => v.AsUInt == 0 ? 0 : 1,
                SqlValueKind.Decimal => Math.Sign(v.AsDecimal),
                _ => Math.Sign(ValueConversion.ToDouble(v, ctx)),
            });
        });
        yield return new("RAND", 0, 1, Fixed(ColumnType.Double), (ctx, a) =>
        {
            if (a.Length == 1)
            {
                var seed = a[0].Evaluate(ctx);
                if (a[0].IsConstant)
                {
                    return SqlValue.FromDouble(new Random((int)ValueConversion.ToInt64(seed, ctx)).NextDouble());
                }
            }
            return SqlValue.FromDouble(ctx.Random.NextDouble());
        }, FunctionFlags.Volatile | FunctionFlags.NotNull);
        yield return new("GREATEST", 2, int.MaxValue, a => TypeRules.Unify(a.Select(x => x.Type)), (ctx, a) => Extreme(ctx, a, greatest: true), FunctionFlags.CoerceToType);
        yield return new("LEAST", 2, int.MaxValue, a => TypeRules.Unify(a.Select(x => x.Type)), (ctx, a) => Extreme(ctx, a, greatest: false), FunctionFlags.CoerceToType);
        yield return new("CRC32", 1, 1, Fixed(new ColumnType(SqlTypeKind.BigInt, Unsigned: true, Length: 10)), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            return v.IsNull ? v : SqlValue.FromUInt(Crc32(ValueConversion.ToBytes(v)));
        });
        yield return new("CONV", 3, 3, Fixed(ColumnType.VarChar(64)), (ctx, a) =>
        {
            var n = a[0].Evaluate(ctx);
            var from = a[1].Evaluate(ctx);
            var to = a[2].Evaluate(ctx);
            if (n.IsNull || from.IsNull || to.IsNull)
            {
                return SqlValue.Null;
            }
            int fb = (int)Math.Abs(ValueConversion.ToInt64(from, ctx));
            int tb = (int)ValueConversion.ToInt64(to, ctx);
            if (fb < 2 || fb > 36 || Math.Abs(tb) < 2 || Math.Abs(tb) > 36)
            {
                return SqlValue.Null;
            }
            string text = ValueConversion.ToText(n).Trim().ToUpperInvariant();
            bool negative = text.StartsWith('-');
            ulong acc = 0;
            foreach (char c in negative ? text[1..] : text)
            {
                int digit = char.IsAsciiDigit(c) ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
                if (digit >= fb)
                {
                    break;
                }
                acc = unchecked((acc * (ulong)fb) + (ulong)digit);
            }
            if (negative)
            {
                acc = unchecked((ulong)-(long)acc);
            }
            const string digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            if (acc == 0)
            {
                return SqlValue.FromString("0");
            }
            bool outNeg = tb < 0 && (long)acc < 0;
            ulong val = outNeg ? (ulong)-(long)acc : acc;
            var sb = new System.Text.StringBuilder();
            while (val > 0)
            {
                sb.Insert(0, digits[(int)(val % (ulong)Math.Abs(tb))]);
                val /= (ulong)Math.Abs(tb);
            }
            return SqlValue.FromString((outNeg ? "-" : "") + sb);
        });
    }

    private static SqlValue IntegralOf(EvaluationContext ctx, BoundExpression[] a, Func<decimal, decimal> onDecimal, Func<double, double> onDouble)
    {
        var v = a[0].Evaluate(ctx);
        switch (v.Kind)
        {
            case SqlValueKind.Null:
            case SqlValueKind.Int:
            case SqlValueKind.UInt:
                return v;
            case SqlValueKind.Decimal:
                {
                    decimal r = onDecimal(v.AsDecimal);
                    return r >= long.MinValue && r <= long.MaxValue ? SqlValue.FromInt((long)r) : SqlValue.FromDecimal(r);
                }
            default:
                return SqlValue.FromDouble(onDouble(ValueConversion.ToDouble(v, ctx)));
        }
    }

    private static ColumnType RoundType(BoundExpression[] a)
    {
        var t = a[0].Type;
        int digits = 0;
        if (a.Length > 1 && a[1] is BoundLiteral lit && !lit.Value.IsNull)
        {
            digits = (int)Math.Clamp(ValueConversion.ToInt64(lit.Value, null), -30, 30);
        }
        else if (a.Length > 1)
        {
            return TypeRules.IsExactType(t) ? ColumnType.Decimal(Math.Min(TypeRules.PrecisionOf(t) + 30, 65), 30) : ColumnType.Double;
        }
        if (TypeRules.IsIntegerType(t))
        {
            return new ColumnType(SqlTypeKind.BigInt, Unsigned: t.Unsigned, Length: Math.Max(t.Length, 1));
        }
        if (t.Kind == SqlTypeKind.Decimal)
        {
            int scale = Math.Max(Math.Min(digits, t.Scale), 0);
            return ColumnType.Decimal(Math.Max(t.Length - t.Scale + scale + 1, 1), scale);
        }
        return ColumnType.Double;
    }

    private static SqlValue RoundOrTruncate(EvaluationContext ctx, BoundExpression[] a, bool truncate)
    {
        var v = a[0].Evaluate(ctx);
        long digits = 0;
        if (a.Length > 1)
        {
            var d = a[1].Evaluate(ctx);
            if (d.IsNull)
            {
                return SqlValue.Null;
            }
            digits = Math.Clamp(ValueConversion.ToInt64(d, ctx), -30, 30);
        }
        switch (v.Kind)
        {
            case SqlValueKind.Null:
                return v;
            case SqlValueKind.Int:
            case SqlValueKind.UInt:
                {
                    if (digits >= 0)
                    {
                        return v;
                    }
                    decimal factor = Pow10((int)-digits);
                    decimal x = ValueConversion.ToDecimal(v, ctx) / factor;
                    x = truncate ? decimal.Truncate(x) : decimal.Round(x, 0, MidpointRounding.AwayFromZero);
                    decimal r = x * factor;
                    return v.Kind == SqlValueKind.UInt ? SqlValue.FromUInt((ulong)r) : SqlValue.FromInt((long)r);
                }
            case SqlValueKind.Decimal:
                {
                    decimal x = v.AsDecimal;
                    if (digits >= 0)
                    {
                        int dg = (int)Math.Min(digits, 28);
                        decimal r = truncate ? TruncateDecimal(x, dg) : decimal.Round(x, dg, MidpointRounding.AwayFromZero);
                        return SqlValue.FromDecimal(r);
                    }
                    decimal factor = Pow10((int)-digits);
                    decimal y = x / factor;
                    y = truncate ? decimal.Truncate(y) : decimal.Round(y, 0, MidpointRounding.AwayFromZero);
                    return SqlValue.FromDecimal(decimal.Round(y * factor, 0));
                }
            default:
                {
                    double x = ValueConversion.ToDouble(v, ctx);
                    double factor = Math.Pow(10, digits);
                    double scaled = x * factor;
                    double r = truncate ? Math.Truncate(scaled) : Math.Round(scaled, MidpointRounding.ToEven);
                    return SqlValue.FromDouble(r / factor);
                }
        }
    }

    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }
        return ~crc;
    }

    private static decimal TruncateDecimal(decimal x, int digits)
    {
        decimal factor = Pow10(digits);
        return decimal.Truncate(x * factor) / factor;
    }

    private static decimal Pow10(int n)
    {
        decimal r = 1;
        for (int i = 0; i < n; i++)
        {
            r *= 10;
        }
        return r;
    }

    private static SqlValue Extreme(EvaluationContext ctx, BoundExpression[] a, bool greatest)
    {
        SqlValue best = SqlValue.Null;
        var collation = Collation.Default;
        for (int i = 0; i < a.Length; i++)
        {
            var v = a[i].Evaluate(ctx);
            if (v.IsNull)
            {
                return SqlValue.Null;
            }
            if (i == 0)
            {
                best = v;
                continue;
            }
            int c = ValueComparer.Compare(v, best, collation, ctx);
            if (greatest ? c > 0 : c < 0)
            {
                best = v;
            }
        }
        return best;
    }
}
