using System.Globalization;
using System.Text;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Text;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Values;

/// <summary>
/// MySQL's implicit conversions between value kinds (val_real, val_int, val_decimal, val_str).
/// String-to-number conversions that ignore characters warn with 1292, as MySQL does.
/// </summary>
internal static class ValueConversion
{
    public static double ToDouble(in SqlValue value, EvaluationContext? ctx)
    {
        switch (value.Kind)
        {
            case SqlValueKind.Int: return value.AsInt;
            case SqlValueKind.UInt: return value.AsUInt;
            case SqlValueKind.Double: return value.AsDouble;
            case SqlValueKind.Decimal: return (double)value.AsDecimal;
            case SqlValueKind.String:
            case SqlValueKind.Json:
                {
                    var s = value.AsString;
                    double d = NumberParser.ParseDouble(s, out bool complete);
                    if (!complete && ctx is not null)
                    {
                        ctx.Warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "DOUBLE", s);
                    }
                    return d;
                }
            case SqlValueKind.Bytes:
                {
                    var s = Encoding.UTF8.GetString(value.AsBytes);
                    double d = NumberParser.ParseDouble(s, out bool complete);
                    if (!complete && ctx is not null)
                    {
                        ctx.Warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "DOUBLE", s);
                    }
                    return d;
                }
            case SqlValueKind.Date:
            case SqlValueKind.DateTime:
            case SqlValueKind.Time:
                return (double)TemporalToDecimal(value);
            default:
                return 0;
        }
    }

    public static decimal ToDecimal(in SqlValue value, EvaluationContext? ctx)
    {
        switch (value.Kind)
        {
            case SqlValueKind.Int: return value.AsInt;
            case SqlValueKind.UInt: return value.AsUInt;
            case SqlValueKind.Double: return ClampToDecimal(value.AsDouble);
            case SqlValueKind.Decimal: return value.AsDecimal;
            case SqlValueKind.String:
            case SqlValueKind.Json:
            case SqlValueKind.Bytes:
                {
                    var s = value.Kind == SqlValueKind.Bytes ? Encoding.UTF8.GetString(value.AsBytes) : value.AsString;
                    decimal d = NumberParser.ParseDecimal(s, out bool complete);
                    if (!complete && ctx is not null)
                    {
                        ctx.Warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "DECIMAL", s);
                    }
                    return d;
                }
            case SqlValueKind.Date:
            case SqlValueKind.DateTime:
            case SqlValueKind.Time:
                return TemporalToDecimal(value);
            default:
                return 0;
        }
    }

    /// <summary>val_int: doubles and decimals round half away from zero; strings take their integer prefix.</summary>
    public static long ToInt64(in SqlValue value, EvaluationContext? ctx)
    {
        switch (value.Kind)
        {
            case SqlValueKind.Int: return value.AsInt;
            case SqlValueKind.UInt: return unchecked((long)value.AsUInt);
            case SqlValueKind.Double: return DoubleToInt64(value.AsDouble);
            case SqlValueKind.Decimal:
                {
                    var r = decimal.Round(value.AsDecimal, 0, MidpointRounding.AwayFromZero);
                    return r > long.MaxValue ? long.MaxValue : r < long.MinValue ? long.MinValue : (long)r;
                }
            case SqlValueKind.String:
            case SqlValueKind.Json:
            case SqlValueKind.Bytes:
                {
                    var s = value.Kind == SqlValueKind.Bytes ? Encoding.UTF8.GetString(value.AsBytes) : value.AsString;
                    long l = NumberParser.ParseInt64(s, out bool complete, out bool overflow);
                    if ((!complete || overflow) && ctx is not null)
                    {
                        ctx.Warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "INTEGER", s);
                    }
                    return l;
                }
            case SqlValueKind.Date:
            case SqlValueKind.DateTime:
            case SqlValueKind.Time:
                return (long)TemporalToDecimal(value);
            default:
                return 0;
        }
    }

    public static ulong ToUInt64(in SqlValue value, EvaluationContext? ctx)
    {
        switch (value.Kind)
        {
            case SqlValueKind.UInt: return value.AsUInt;
            case SqlValueKind.Double:
                {
                    double d = Math.Round(value.AsDouble, MidpointRounding.AwayFromZero);
                    return d <= 0 ? unchecked((ulong)DoubleToInt64(d)) : d >= 18446744073709551615.0 ? ulong.MaxValue : (ulong)d;
                }
            case SqlValueKind.Decimal:
                {
                    var r = decimal.Round(value.AsDecimal, 0, MidpointRounding.AwayFromZero);
                    return r < 0 ? unchecked((ulong)(long)Math.Max(r, long.MinValue)) : r > ulong.MaxValue ? ulong.MaxValue : (ulong)r;
                }
            case SqlValueKind.String:
            case SqlValueKind.Json:
            case SqlValueKind.Bytes:
                {
                    var s = value.Kind == SqlValueKind.Bytes ? Encoding.UTF8.GetString(value.AsBytes) : value.AsString;
                    ulong u = NumberParser.ParseUInt64(s, out bool complete, out bool overflow);
                    if ((!complete || overflow) && ctx is not null)
                    {
                        ctx.Warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "INTEGER", s);
                    }
                    return u;
                }
            default:
                return unchecked((ulong)ToInt64(value, ctx));
        }
    }

    public static long DoubleToInt64(double d)
    {
        d = Math.Round(d, MidpointRounding.AwayFromZero);
        if (double.IsNaN(d))
        {
            return 0;
        }
        return d >= 9.2233720368547758E+18 ? long.MaxValue : d <= -9.2233720368547758E+18 ? long.MinValue : (long)d;
    }

    public static decimal ClampToDecimal(double d)
    {
        if (double.IsNaN(d))
        {
            return 0;
        }
        if (d >= 7.9e28)
        {
            return decimal.MaxValue;
        }
        if (d <= -7.9e28)
        {
            return decimal.MinValue;
        }
        return (decimal)d;
    }

    /// <summary>Truth value: 1 true, 0 false, -1 NULL (strings convert via DOUBLE, as MySQL).</summary>
    public static int Truth(in SqlValue value, EvaluationContext? ctx) => value.Kind switch
    {
        SqlValueKind.Null => -1,
        SqlValueKind.Int or SqlValueKind.UInt => value.AsInt != 0 ? 1 : 0,
        SqlValueKind.Double => value.AsDouble != 0 ? 1 : 0,
        SqlValueKind.Decimal => value.AsDecimal != 0 ? 1 : 0,
        SqlValueKind.Date or SqlValueKind.DateTime => value.AsDateTime.Packed != 0 ? 1 : 0,
        SqlValueKind.Time => value.AsTimeMicroseconds != 0 ? 1 : 0,
        _ => ToDouble(value, ctx) != 0 ? 1 : 0,
    };

    public static decimal TemporalToDecimal(in SqlValue value)
    {
        switch (value.Kind)
        {
            case SqlValueKind.Date:
                {
                    var d = value.AsDateTime;
                    return (d.Year * 10000L) + (d.Month * 100L) + d.Day;
                }
            case SqlValueKind.DateTime:
                {
                    var d = value.AsDateTime;
                    decimal whole = (d.Year * 10000000000L) + (d.Month * 100000000L) + (d.Day * 1000000L) + (d.Hour * 10000L) + (d.Minute * 100L) + d.Second;
                    return d.Microsecond == 0 ? whole : whole + (d.Microsecond / 1000000m);
                }
            case SqlValueKind.Time:
                {
                    long us = value.AsTimeMicroseconds;
                    long abs = Math.Abs(us);
                    long secs = abs / 1_000_000;
                    decimal whole = ((secs / 3600) * 10000) + ((secs / 60 % 60) * 100) + (secs % 60);
                    if (abs % 1_000_000 != 0)
                    {
                        whole += (abs % 1_000_000) / 1000000m;
                    }
                    return us < 0 ? -whole : whole;
                }
            default:
                return 0;
        }
    }

    /// <summary>val_str: MySQL's text form of any value.</summary>
    public static string ToText(in SqlValue value) => value.Kind switch
    {
        SqlValueKind.Null => "",
        SqlValueKind.String or SqlValueKind.Json => value.AsString,
        SqlValueKind.Int => value.AsInt.ToString(CultureInfo.InvariantCulture),
        SqlValueKind.UInt => value.AsUInt.ToString(CultureInfo.InvariantCulture),
        SqlValueKind.Double => FormatDouble(value.AsDouble),
        SqlValueKind.Decimal => value.AsDecimal.ToString(CultureInfo.InvariantCulture),
        SqlValueKind.Bytes => LosslessUtf8.GetString(value.AsBytes),
        SqlValueKind.Date => value.AsDateTime.ToDateString(),
        SqlValueKind.DateTime => value.AsDateTime.ToString(),
        SqlValueKind.Time => MySqlTime.Format(value.AsTimeMicroseconds, value.AsTimeMicroseconds % 1_000_000 == 0 ? 0 : 6),
        _ => value.ToString(),
    };

    /// <summary>Bytes of a value; strings encode losslessly, so raw bytes of <c>_binary'…'</c> literals (escaped by the protocol) come back unchanged.</summary>
    public static byte[] ToBytes(in SqlValue value) => value.Kind == SqlValueKind.Bytes ? value.AsBytes : LosslessUtf8.GetBytes(ToText(value));

    /// <summary>
    /// Formats a double as MySQL 8 does: the shortest text that round-trips, plain notation for
    /// exponents in [-5, 15) and 'e' notation (1e20, 1.5e-7) outside.
    /// </summary>
    public static string FormatDouble(double d)
    {
        if (d == 0)
        {
            return "0";
        }
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            return d.ToString(CultureInfo.InvariantCulture);
        }
        string r = d.ToString("E16", CultureInfo.InvariantCulture);
        int exp = int.Parse(r.AsSpan(r.IndexOf('E') + 1), CultureInfo.InvariantCulture);
        string shortest = d.ToString("R", CultureInfo.InvariantCulture);
        if (exp >= -5 && exp < 15)
        {
            if (shortest.Contains('E', StringComparison.Ordinal))
            {
                return d.ToString("0.#############################", CultureInfo.InvariantCulture);
            }
            return shortest;
        }
        string mantissa = shortest;
        int e = shortest.IndexOf('E');
        if (e >= 0)
        {
            mantissa = shortest[..e];
        }
        else
        {
            var digits = (d < 0 ? shortest[1..] : shortest).Replace(".", "", StringComparison.Ordinal).TrimStart('0').TrimEnd('0');
            mantissa = (d < 0 ? "-" : "") + (digits.Length > 1 ? digits[0] + "." + digits[1..] : digits);
        }
        return mantissa + "e" + exp.ToString(CultureInfo.InvariantCulture);
    }
}
