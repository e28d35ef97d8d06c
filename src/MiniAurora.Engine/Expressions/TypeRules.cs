using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>MySQL's static result-type rules (what the column definitions of a result announce).</summary>
internal static class TypeRules
{
    public static bool IsIntegerType(ColumnType t) => t.IsInteger || t.Kind == SqlTypeKind.Bit;

    public static bool IsExactType(ColumnType t) => IsIntegerType(t) || t.Kind == SqlTypeKind.Decimal;

    public static bool IsApproxType(ColumnType t) => t.Kind is SqlTypeKind.Double or SqlTypeKind.Float;

    public static ColumnType Arithmetic(ArithmeticOperator op, ColumnType l, ColumnType r)
    {
        if (l.Kind == SqlTypeKind.Null || r.Kind == SqlTypeKind.Null)
        {
            if (op == ArithmeticOperator.Divide)
            {
                return ColumnType.Decimal(9, 4);
            }
            var other = l.Kind == SqlTypeKind.Null ? r : l;
            if (other.Kind == SqlTypeKind.Null)
            {
                return ColumnType.BigInt;
            }
        }
        bool approx = IsApproxType(l) || IsApproxType(r) || (!l.IsNumeric && !l.IsTemporal && l.Kind != SqlTypeKind.Null)
            || (!r.IsNumeric && !r.IsTemporal && r.Kind != SqlTypeKind.Null);
        if (approx)
        {
            return ColumnType.Double;
        }
        bool anyDecimal = l.Kind == SqlTypeKind.Decimal || r.Kind == SqlTypeKind.Decimal || l.IsTemporal || r.IsTemporal;
        if (op == ArithmeticOperator.IntegerDivide)
        {
            return l.Unsigned || r.Unsigned ? ColumnType.BigIntUnsigned : ColumnType.BigInt;
        }
        if (op == ArithmeticOperator.Divide)
        {
            int scale = Math.Min(ScaleOf(l) + Values.Arithmetic.DivPrecisionIncrement, 30);
            int precision = Math.Min(PrecisionOf(l) - ScaleOf(l) + ScaleOf(r) + scale, 65);
            return ColumnType.Decimal(Math.Max(precision, scale + 1), scale);
        }
        if (anyDecimal)
        {
            int scale = op == ArithmeticOperator.Multiply ? Math.Min(ScaleOf(l) + ScaleOf(r), 30) : Math.Max(ScaleOf(l), ScaleOf(r));
            int intDigits = op == ArithmeticOperator.Multiply
                ? (PrecisionOf(l) - ScaleOf(l)) + (PrecisionOf(r) - ScaleOf(r))
                : Math.Max(PrecisionOf(l) - ScaleOf(l), PrecisionOf(r) - ScaleOf(r)) + 1;
            return ColumnType.Decimal(Math.Min(intDigits + scale, 65), scale);
        }
        bool unsigned = (l.Unsigned || r.Unsigned) && op != ArithmeticOperator.Modulo;
        if (op == ArithmeticOperator.Modulo)
        {
            unsigned = l.Unsigned;
        }
        int length = op switch
        {
            ArithmeticOperator.Multiply => Math.Min(l.Length + r.Length, 21),
            _ => Math.Min(Math.Max(l.Length, r.Length) + 1, 21),
        };
        return new ColumnType(SqlTypeKind.BigInt, Unsigned: unsigned, Length: Math.Max(length, 1));
    }

    public static int ScaleOf(ColumnType t) => t.Kind == SqlTypeKind.Decimal ? t.Scale : t.IsTemporal && t.Scale > 0 ? t.Scale : 0;

    public static int PrecisionOf(ColumnType t) => t.Kind switch
    {
        SqlTypeKind.Decimal => t.Length,
        SqlTypeKind.TinyInt => 3,
        SqlTypeKind.SmallInt => 5,
        SqlTypeKind.MediumInt => 8,
        SqlTypeKind.Int => 10,
        SqlTypeKind.BigInt => Math.Max(Math.Min(t.Length, 20), 1),
        SqlTypeKind.Date => 8,
        SqlTypeKind.DateTime or SqlTypeKind.Timestamp => 14 + t.Scale,
        SqlTypeKind.Time => 6 + t.Scale,
        _ => 20,
    };

    /// <summary>The common type of CASE/IF/COALESCE branches (MySQL's aggregate_type, simplified).</summary>
    public static ColumnType Unify(IEnumerable<ColumnType> types)
    {
        ColumnType? result = null;
        foreach (var t in types)
        {
            if (t.Kind == SqlTypeKind.Null)
            {
                continue;
            }
            result = result is null ? t : Merge(result, t);
        }
        return result ?? ColumnType.NullType;
    }

    private static ColumnType Merge(ColumnType a, ColumnType b)
    {
        if (a == b)
        {
            return a;
        }
        if (IsIntegerType(a) && IsIntegerType(b))
        {
            return new ColumnType(SqlTypeKind.BigInt, Unsigned: a.Unsigned && b.Unsigned, Length: Math.Max(a.Length, b.Length));
        }
        if (IsExactType(a) && IsExactType(b))
        {
            int scale = Math.Max(ScaleOf(a), ScaleOf(b));
            int ints = Math.Max(PrecisionOf(a) - ScaleOf(a), PrecisionOf(b) - ScaleOf(b));
            return ColumnType.Decimal(Math.Min(ints + scale, 65), scale);
        }
        if (a.IsNumeric && b.IsNumeric)
        {
            return ColumnType.Double;
        }
        if (a.IsTemporal && b.IsTemporal)
        {
            if (a.Kind == b.Kind)
            {
                return a.Scale >= b.Scale ? a : b;
            }
            return new ColumnType(SqlTypeKind.DateTime, Length: 26, Scale: Math.Max(a.Scale, b.Scale));
        }
        if (a.IsBinary || b.IsBinary)
        {
            return new ColumnType(SqlTypeKind.VarBinary, Length: Math.Max(DisplayLength(a), DisplayLength(b)), Collation: Collation.Binary);
        }
        int len = Math.Max(DisplayLength(a), DisplayLength(b));
        if (a.IsBlobLike || b.IsBlobLike || len > 16383)
        {
            return ColumnType.LongText;
        }
        return ColumnType.VarChar(len, a.IsString ? a.Collation : b.IsString ? b.Collation : null);
    }

    /// <summary>Characters needed to show a value of the type as text (MySQL's max_length / mbmaxlen).</summary>
    public static int DisplayLength(ColumnType t) => t.Kind switch
    {
        SqlTypeKind.Null => 0,
        SqlTypeKind.TinyInt => 4,
        SqlTypeKind.SmallInt => 6,
        SqlTypeKind.MediumInt => 9,
        SqlTypeKind.Int => 11,
        SqlTypeKind.BigInt => 20,
        SqlTypeKind.Decimal => t.Length + 2,
        SqlTypeKind.Float => 12,
        SqlTypeKind.Double => 22,
        SqlTypeKind.Date => 10,
        SqlTypeKind.Time => 10 + (t.Scale > 0 ? t.Scale + 1 : 0),
        SqlTypeKind.DateTime or SqlTypeKind.Timestamp => 19 + (t.Scale > 0 ? t.Scale + 1 : 0),
        SqlTypeKind.Year => 4,
        SqlTypeKind.Bit => Math.Max(t.Length, 1),
        _ => t.Length,
    };

    /// <summary>The collation a comparison between two string-typed operands uses (derivation simplified: left wins unless it is not a string).</summary>
    public static Collation ComparisonCollation(ColumnType l, ColumnType r)
    {
        if (l.IsBinary || r.IsBinary)
        {
            return Collation.Binary;
        }
        if (l.IsString && l.Collation is not null && (l.Collation != Collation.Default || !r.IsString))
        {
            return l.Collation;
        }
        if (r.IsString && r.Collation is not null)
        {
            return r.Collation;
        }
        return Collation.Default;
    }
}
