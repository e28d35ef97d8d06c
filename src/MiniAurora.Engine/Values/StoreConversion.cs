using System.Text;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Values;

/// <summary>
/// Converts a value for storage in a column (INSERT/UPDATE), with MySQL's checks: integer and decimal
/// ranges (1264), bad numbers (1366), too-long strings (1406), bad dates (1292), ENUM members (1265).
/// In strict mode (and without IGNORE) these are errors; otherwise the value is adjusted with a warning.
/// </summary>
internal static class StoreConversion
{
    public static SqlValue Convert(in SqlValue value, ColumnDef column, EvaluationContext ctx, bool strict)
    {
        if (value.IsNull)
        {
            return value;
        }
        var type = column.Type;
        switch (type.Kind)
        {
            case SqlTypeKind.TinyInt:
            case SqlTypeKind.SmallInt:
            case SqlTypeKind.MediumInt:
            case SqlTypeKind.Int:
            case SqlTypeKind.BigInt:
                return ToInteger(value, column, ctx, strict);
            case SqlTypeKind.Year:
                {
                    var i = ToInteger(value, column with { Type = new ColumnType(SqlTypeKind.SmallInt) }, ctx, strict);
                    long y = i.AsInt;
                    if (y is > 0 and < 70)
                    {
                        y += 2000;
                    }
                    else if (y is >= 70 and < 100)
                    {
                        y += 1900;
                    }
                    if (y != 0 && (y < 1901 || y > 2155))
                    {
                        return OutOfRange(column, ctx, strict, SqlValue.FromInt(y < 1901 ? 1901 : 2155));
                    }
                    return SqlValue.FromInt(y);
                }
            case SqlTypeKind.Bit:
                return SqlValue.FromUInt(value.Kind == SqlValueKind.Bytes ? BytesToUInt(value.AsBytes) : ValueConversion.ToUInt64(value, null));
            case SqlTypeKind.Decimal:
                return ToDecimal(value, column, ctx, strict);
            case SqlTypeKind.Float:
            case SqlTypeKind.Double:
                {
                    if (IsBadNumber(value, out var text))
                    {
                        return BadValue(column, ctx, strict, "double", text, SqlValue.FromDouble(ValueConversion.ToDouble(value, null)));
                    }
                    double d = ValueConversion.ToDouble(value, null);
                    if (type.Kind == SqlTypeKind.Float)
                    {
                        d = (float)d;
                    }
                    return SqlValue.FromDouble(d);
                }
            case SqlTypeKind.Char:
            case SqlTypeKind.VarChar:
            case SqlTypeKind.TinyText:
            case SqlTypeKind.Text:
            case SqlTypeKind.MediumText:
            case SqlTypeKind.LongText:
                {
                    string s = ValueConversion.ToText(value);
                    long max = MaxChars(type);
                    if (s.Length > max)
                    {
                        var trimmed = s.AsSpan(0, (int)max);
                        bool onlySpaces = s.AsSpan((int)max).Trim(' ').IsEmpty;
                        if (!onlySpaces)
                        {
                            if (strict)
                            {
                                throw MySqlErrors.DataTooLong(column.Name, ctx.RowNumber);
                            }
                            ctx.AddWarning(MySqlErrorInfo.Of(ErrorCode.WARN_DATA_TRUNCATED).Warning(column.Name, ctx.RowNumber));
                        }
                        s = trimmed.ToString();
                    }
                    if (type.Kind == SqlTypeKind.Char)
                    {
                        s = s.TrimEnd(' ');
                    }
                    return SqlValue.FromString(s);
                }
            case SqlTypeKind.Binary:
            case SqlTypeKind.VarBinary:
            case SqlTypeKind.TinyBlob:
            case SqlTypeKind.Blob:
            case SqlTypeKind.MediumBlob:
            case SqlTypeKind.LongBlob:
                {
                    var bytes = ValueConversion.ToBytes(value);
                    long max = MaxChars(type);
                    if (bytes.Length > max)
                    {
                        if (strict)
                        {
                            throw MySqlErrors.DataTooLong(column.Name, ctx.RowNumber);
                        }
                        ctx.AddWarning(MySqlErrorInfo.Of(ErrorCode.WARN_DATA_TRUNCATED).Warning(column.Name, ctx.RowNumber));
                        bytes = bytes[..(int)max];
                    }
                    if (type.Kind == SqlTypeKind.Binary && bytes.Length < type.Length)
                    {
                        var padded = new byte[type.Length];
                        bytes.CopyTo(padded, 0);
                        bytes = padded;
                    }
                    return SqlValue.FromBytes(bytes);
                }
            case SqlTypeKind.Date:
            case SqlTypeKind.DateTime:
            case SqlTypeKind.Timestamp:
                {
                    bool dateOnly = type.Kind == SqlTypeKind.Date;
                    SqlValue converted;
                    if (value.Kind is SqlValueKind.Date or SqlValueKind.DateTime)
                    {
                        converted = ValueCoercion.ToDateTime(value, null, dateOnly);
                    }
                    else
                    {
                        converted = ValueCoercion.ToDateTime(value, null, dateOnly);
                        if (converted.IsNull)
                        {
                            var text = ValueConversion.ToText(value);
                            if (strict)
                            {
                                throw MySqlErrors.TruncatedWrongValue(dateOnly ? "date" : "datetime", text);
                            }
                            ctx.AddWarning(MySqlErrorInfo.Of(ErrorCode.WARN_DATA_TRUNCATED).Warning(column.Name, ctx.RowNumber));
                            var zero = new MySqlDateTime(0);
                            return dateOnly ? SqlValue.FromDate(zero) : SqlValue.FromDateTime(zero);
                        }
                    }
                    if (converted.IsNull)
                    {
                        return converted;
                    }
                    var dt = converted.AsDateTime;
                    if (!dateOnly && type.Scale < 6 && dt.Microsecond != 0)
                    {
                        int unit = (int)Math.Pow(10, 6 - type.Scale);
                        int micro = (int)Math.Round(dt.Microsecond / (double)unit, MidpointRounding.AwayFromZero) * unit;
                        if (micro >= 1_000_000 && dt.TryToDateTime(out var sys))
                        {
                            return SqlValue.FromDateTime(MySqlDateTime.FromDateTime(sys.AddTicks((1_000_000 - dt.Microsecond) * 10L)));
                        }
                        dt = new MySqlDateTime(dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, micro);
                    }
                    if (strict && dt.IsZeroDate && (ctx.Mode & SqlMode.NoZeroDate) != 0)
                    {
                        throw MySqlErrors.TruncatedWrongValue(dateOnly ? "date" : "datetime", ValueConversion.ToText(value));
                    }
                    return dateOnly ? SqlValue.FromDate(dt) : SqlValue.FromDateTime(dt);
                }
            case SqlTypeKind.Time:
                {
                    var t = value.Kind == SqlValueKind.Time ? value : ValueCoercion.ToTime(value, null);
                    if (t.IsNull)
                    {
                        if (strict)
                        {
                            throw MySqlErrors.TruncatedWrongValue("time", ValueConversion.ToText(value));
                        }
                        return SqlValue.FromTime(0);
                    }
                    return t;
                }
            case SqlTypeKind.Enum:
                {
                    if (value.IsNumeric)
                    {
                        long idx = ValueConversion.ToInt64(value, null);
                        if (idx >= 1 && idx <= type.Members.Count)
                        {
                            return SqlValue.FromString(type.Members[(int)idx - 1]);
                        }
                        if (idx == 0 && !strict)
                        {
                            return SqlValue.FromString("");
                        }
                    }
                    else
                    {
                        var s = ValueConversion.ToText(value);
                        foreach (var m in type.Members)
                        {
                            if (type.EffectiveCollation.Equal(m, s))
                            {
                                return SqlValue.FromString(m);
                            }
                        }
                    }
                    if (strict)
                    {
                        throw MySqlErrors.WarnDataTruncated(column.Name, ctx.RowNumber);
                    }
                    ctx.AddWarning(MySqlErrorInfo.Of(ErrorCode.WARN_DATA_TRUNCATED).Warning(column.Name, ctx.RowNumber));
                    return SqlValue.FromString("");
                }
            case SqlTypeKind.Json:
                {
                    var s = ValueConversion.ToText(value);
                    try
                    {
                        using var doc = System.Text.Json.JsonDocument.Parse(s);
                    }
                    catch (System.Text.Json.JsonException)
                    {
                        throw MySqlErrors.InvalidJsonText("Invalid value.", 0, s);
                    }
                    return SqlValue.FromJson(s);
                }
            default:
                return SqlValue.FromString(ValueConversion.ToText(value));
        }
    }

    private static ulong BytesToUInt(byte[] bytes)
    {
        ulong v = 0;
        foreach (var b in bytes)
        {
            v = (v << 8) | b;
        }
        return v;
    }

    private static long MaxChars(ColumnType type) => type.Kind switch
    {
        SqlTypeKind.TinyText or SqlTypeKind.TinyBlob => 255,
        SqlTypeKind.Text or SqlTypeKind.Blob => 65535,
        SqlTypeKind.MediumText or SqlTypeKind.MediumBlob => 16777215,
        SqlTypeKind.LongText or SqlTypeKind.LongBlob => int.MaxValue,
        _ => type.Length,
    };

    private static bool IsBadNumber(in SqlValue value, out string text)
    {
        text = "";
        if (value.Kind is not (SqlValueKind.String or SqlValueKind.Bytes))
        {
            return false;
        }
        text = value.Kind == SqlValueKind.Bytes ? Encoding.UTF8.GetString(value.AsBytes) : value.AsString;
        NumberParser.ParseDouble(text, out bool complete);
        return !complete;
    }

    private static SqlValue BadValue(ColumnDef column, EvaluationContext ctx, bool strict, string typeName, string text, SqlValue fallback)
    {
        if (strict)
        {
            throw MySqlErrors.TruncatedWrongValueForField(typeName, text, column.Name, ctx.RowNumber);
        }
        ctx.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_TRUNCATED_WRONG_VALUE_FOR_FIELD).Warning(typeName, text, column.Name, ctx.RowNumber));
        return fallback;
    }

    private static SqlValue OutOfRange(ColumnDef column, EvaluationContext ctx, bool strict, SqlValue clamped)
    {
        if (strict)
        {
            throw MySqlErrors.WarnDataOutOfRange(column.Name, ctx.RowNumber);
        }
        ctx.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE).Warning(column.Name, ctx.RowNumber));
        return clamped;
    }

    private static (decimal Min, decimal Max) IntegerRange(ColumnType t) => t.Kind switch
    {
        SqlTypeKind.TinyInt => t.Unsigned ? (0, 255) : (-128, 127),
        SqlTypeKind.SmallInt => t.Unsigned ? (0, 65535) : (-32768, 32767),
        SqlTypeKind.MediumInt => t.Unsigned ? (0, 16777215) : (-8388608, 8388607),
        SqlTypeKind.Int => t.Unsigned ? (0, 4294967295) : (-2147483648, 2147483647),
        _ => t.Unsigned ? (0, ulong.MaxValue) : (long.MinValue, long.MaxValue),
    };

    private static SqlValue ToInteger(in SqlValue value, ColumnDef column, EvaluationContext ctx, bool strict)
    {
        var type = column.Type;
        var (min, max) = IntegerRange(type);
        if (value.Kind == SqlValueKind.Int)
        {
            long v = value.AsInt;
            if (v >= min && v <= max)
            {
                return type.Unsigned ? SqlValue.FromUInt((ulong)v) : value;
            }
        }
        decimal d;
        if (IsBadNumber(value, out var text))
        {
            d = decimal.Round(NumberParser.ParseDecimal(text, out _), 0, MidpointRounding.AwayFromZero);
            var fallback = Clamp(d, min, max, type);
            return BadValue(column, ctx, strict, "integer", text, fallback);
        }
        if (value.Kind == SqlValueKind.Double)
        {
            double dd = Math.Round(value.AsDouble, MidpointRounding.AwayFromZero);
            if (double.IsNaN(dd) || dd < (double)min || dd > (double)max)
            {
                return OutOfRange(column, ctx, strict, Clamp(dd < 0 ? min : max, min, max, type));
            }
            d = (decimal)dd;
        }
        else
        {
            d = decimal.Round(ValueConversion.ToDecimal(value, null), 0, MidpointRounding.AwayFromZero);
        }
        if (d < min || d > max)
        {
            return OutOfRange(column, ctx, strict, Clamp(d, min, max, type));
        }
        return type.Unsigned ? SqlValue.FromUInt((ulong)d) : SqlValue.FromInt((long)d);
    }

    private static SqlValue Clamp(decimal d, decimal min, decimal max, ColumnType type)
    {
        d = Math.Clamp(d, min, max);
        return type.Unsigned ? SqlValue.FromUInt((ulong)d) : SqlValue.FromInt((long)d);
    }

    private static SqlValue ToDecimal(in SqlValue value, ColumnDef column, EvaluationContext ctx, bool strict)
    {
        var type = column.Type;
        decimal d;
        if (IsBadNumber(value, out var text))
        {
            d = NumberParser.ParseDecimal(text, out _);
            return BadValue(column, ctx, strict, "decimal", text, SqlValue.FromDecimal(Arithmetic.WithScale(d, type.Scale)));
        }
        d = ValueConversion.ToDecimal(value, null);
        decimal rounded = decimal.Round(d, Math.Min(type.Scale, 28), MidpointRounding.AwayFromZero);
        int intDigits = Math.Max(type.Length - type.Scale, 0);
        decimal limit = 1;
        for (int i = 0; i < intDigits && limit < 1e27m; i++)
        {
            limit *= 10;
        }
        decimal maxValue = limit - (1 / Pow10(type.Scale));
        if (Math.Abs(rounded) > maxValue)
        {
            return OutOfRange(column, ctx, strict, SqlValue.FromDecimal(Arithmetic.WithScale(rounded < 0 ? -maxValue : maxValue, type.Scale)));
        }
        if (rounded != d)
        {
            ctx.AddWarning(MySqlErrorInfo.Of(ErrorCode.WARN_DATA_TRUNCATED).Note(column.Name, ctx.RowNumber));
        }
        return SqlValue.FromDecimal(Arithmetic.WithScale(rounded, type.Scale));
    }

    private static decimal Pow10(int n)
    {
        decimal r = 1;
        for (int i = 0; i < n && r < 1e27m; i++)
        {
            r *= 10;
        }
        return r;
    }
}
