using System.Text;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Values;

/// <summary>
/// MySQL's comparison of two non-NULL values (Item_func::compare rules): strings by collation,
/// integers exactly (signed/unsigned aware), decimals exactly, temporal values against strings by
/// parsing the string, and everything else as DOUBLE.
/// </summary>
internal static class ValueComparer
{
    public static int Compare(in SqlValue left, in SqlValue right, Collation collation, EvaluationContext? ctx)
    {
        var lk = left.Kind;
        var rk = right.Kind;
        if (lk == SqlValueKind.Int && rk == SqlValueKind.Int)
        {
            return left.AsInt.CompareTo(right.AsInt);
        }
        if (IsText(lk) && IsText(rk))
        {
            return collation.Compare(left.AsString, right.AsString);
        }
        if (IsInteger(lk) && IsInteger(rk))
        {
            return CompareIntegers(left, right);
        }
        if (IsExact(lk) && IsExact(rk))
        {
            return ValueConversion.ToDecimal(left, ctx).CompareTo(ValueConversion.ToDecimal(right, ctx));
        }
        if (lk == SqlValueKind.Bytes || rk == SqlValueKind.Bytes)
        {
            if (!left.IsNumeric && !right.IsNumeric)
            {
                return ((ReadOnlySpan<byte>)ValueConversion.ToBytes(left)).SequenceCompareTo(ValueConversion.ToBytes(right));
            }
        }
        if (IsDateLike(lk) || IsDateLike(rk))
        {
            if (TryTemporal(left, out long a) && TryTemporal(right, out long b))
            {
                return a.CompareTo(b);
            }
        }
        if (lk == SqlValueKind.Time && rk == SqlValueKind.Time)
        {
            return left.AsTimeMicroseconds.CompareTo(right.AsTimeMicroseconds);
        }
        if (lk == SqlValueKind.Time && IsText(rk) && TemporalParser.TryParseTime(right.AsString, out long rt))
        {
            return left.AsTimeMicroseconds.CompareTo(rt);
        }
        if (rk == SqlValueKind.Time && IsText(lk) && TemporalParser.TryParseTime(left.AsString, out long lt))
        {
            return lt.CompareTo(right.AsTimeMicroseconds);
        }
        return ValueConversion.ToDouble(left, ctx).CompareTo(ValueConversion.ToDouble(right, ctx));
    }

    /// <summary>Sort order for ORDER BY: NULLs first, then <see cref="Compare"/>.</summary>
    public static int CompareForSort(in SqlValue left, in SqlValue right, Collation collation)
    {
        if (left.IsNull)
        {
            return right.IsNull ? 0 : -1;
        }
        if (right.IsNull)
        {
            return 1;
        }
        return Compare(left, right, collation, null);
    }

    /// <summary>Equality for GROUP BY/DISTINCT/hash joins (NULLs are equal to each other here).</summary>
    public static bool GroupEquals(in SqlValue left, in SqlValue right, Collation collation)
    {
        if (left.IsNull || right.IsNull)
        {
            return left.IsNull && right.IsNull;
        }
        if (left.Kind == right.Kind && left.Kind is SqlValueKind.Int or SqlValueKind.UInt or SqlValueKind.Date or SqlValueKind.DateTime or SqlValueKind.Time)
        {
            return left.AsInt == right.AsInt;
        }
        return Compare(left, right, collation, null) == 0;
    }

    /// <summary>A hash consistent with <see cref="GroupEquals"/> for values of the same column.</summary>
    public static int GroupHash(in SqlValue value, Collation collation) => value.Kind switch
    {
        SqlValueKind.Null => 0,
        SqlValueKind.String or SqlValueKind.Json => collation.GetHashCode(value.AsString),
        SqlValueKind.Int or SqlValueKind.UInt => value.AsInt.GetHashCode(),
        SqlValueKind.Double => IsIntegral(value.AsDouble) ? ((long)value.AsDouble).GetHashCode() : value.AsDouble.GetHashCode(),
        SqlValueKind.Decimal => decimal.Truncate(value.AsDecimal) == value.AsDecimal && Math.Abs(value.AsDecimal) < long.MaxValue
            ? ((long)value.AsDecimal).GetHashCode() : value.AsDecimal.GetHashCode(),
        SqlValueKind.Bytes => HashBytes(value.AsBytes),
        _ => value.AsInt.GetHashCode(),
    };

    private static bool IsIntegral(double d) => Math.Abs(d) < 9e18 && Math.Floor(d) == d;

    private static int HashBytes(byte[] bytes)
    {
        var hash = default(HashCode);
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }

    private static int CompareIntegers(in SqlValue left, in SqlValue right)
    {
        if (left.Kind == SqlValueKind.UInt && right.Kind == SqlValueKind.UInt)
        {
            return left.AsUInt.CompareTo(right.AsUInt);
        }
        if (left.Kind == SqlValueKind.UInt)
        {
            return right.AsInt < 0 ? 1 : left.AsUInt.CompareTo((ulong)right.AsInt);
        }
        return left.AsInt < 0 ? -1 : ((ulong)left.AsInt).CompareTo(right.AsUInt);
    }

    private static bool TryTemporal(in SqlValue value, out long packed)
    {
        switch (value.Kind)
        {
            case SqlValueKind.Date:
            case SqlValueKind.DateTime:
                packed = value.AsDateTime.Packed;
                return true;
            case SqlValueKind.String:
                if (TemporalParser.TryParseDateTime(value.AsString, out var dt, out _))
                {
                    packed = dt.Packed;
                    return true;
                }
                break;
            case SqlValueKind.Bytes:
                if (TemporalParser.TryParseDateTime(Encoding.UTF8.GetString(value.AsBytes), out var bt, out _))
                {
                    packed = bt.Packed;
                    return true;
                }
                break;
            case SqlValueKind.Int:
                if (TemporalParser.TryParseDateTime(value.AsInt.ToString(System.Globalization.CultureInfo.InvariantCulture), out var it, out _))
                {
                    packed = it.Packed;
                    return true;
                }
                break;
        }
        packed = 0;
        return false;
    }

    private static bool IsText(SqlValueKind k) => k is SqlValueKind.String or SqlValueKind.Json;

    private static bool IsInteger(SqlValueKind k) => k is SqlValueKind.Int or SqlValueKind.UInt;

    private static bool IsExact(SqlValueKind k) => k is SqlValueKind.Int or SqlValueKind.UInt or SqlValueKind.Decimal;

    private static bool IsDateLike(SqlValueKind k) => k is SqlValueKind.Date or SqlValueKind.DateTime;
}
