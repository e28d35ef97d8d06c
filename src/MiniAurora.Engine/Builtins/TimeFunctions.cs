using System.Globalization;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;
using static MiniAurora.Engine.Builtins.FunctionRegistry;

namespace MiniAurora.Engine.Builtins;

/// <summary>TIME-valued builtins and TIMESTAMP(): TIMEDIFF, ADDTIME, SUBTIME, TIME_TO_SEC, SEC_TO_TIME, STR_TO_DATE.</summary>
internal static class TimeFunctions
{
    private static readonly ColumnType s_time = new(SqlTypeKind.Time, Length: 17, Scale: 6);

    private static bool TryMicros(in SqlValue v, EvaluationContext ctx, out long micros, out MySqlDateTime? dateTime)
    {
        micros = 0;
        dateTime = null;
        switch (v.Kind)
        {
            case SqlValueKind.Null:
                return false;
            case SqlValueKind.Time:
                micros = v.AsTimeMicroseconds;
                return true;
            case SqlValueKind.Date:
            case SqlValueKind.DateTime:
                dateTime = v.AsDateTime;
                return true;
        }
        var text = ValueConversion.ToText(v);
        if (text.Contains('-', StringComparison.Ordinal) && TemporalParser.TryParseDateTime(text, out var dt, out _))
        {
            dateTime = dt;
            return true;
        }
        if (TemporalParser.TryParseTime(text, out micros))
        {
            return true;
        }
        return false;
    }

    private static long Ticks(MySqlDateTime d) => d.TryToDateTime(out var x) ? x.Ticks / 10 : 0;

    public static IEnumerable<FunctionDefinition> All()
    {
        yield return new("TIMESTAMP", 1, 2, _ => new ColumnType(SqlTypeKind.DateTime, Length: 26, Scale: 6), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            if (v.IsNull)
            {
                return v;
            }
            var dt = ValueCoercion.ToDateTime(v, ctx, false);
            if (dt.IsNull || a.Length == 1)
            {
                return dt;
            }
            var t = a[1].Evaluate(ctx);
            if (t.IsNull || !TryMicros(t, ctx, out long add, out _) || !dt.AsDateTime.TryToDateTime(out var sys))
            {
                return SqlValue.Null;
            }
            return SqlValue.FromDateTime(MySqlDateTime.FromDateTime(sys.AddTicks(add * 10)));
        });
        yield return new("TIMEDIFF", 2, 2, Fixed(s_time), (ctx, a) =>
        {
            var l = a[0].Evaluate(ctx);
            var r = a[1].Evaluate(ctx);
            if (!TryMicros(l, ctx, out long lm, out var ld) || !TryMicros(r, ctx, out long rm, out var rd))
            {
                return SqlValue.Null;
            }
            if ((ld is null) != (rd is null))
            {
                return SqlValue.Null;
            }
            long diff = ld is not null ? Ticks(ld.Value) - Ticks(rd!.Value) : lm - rm;
            return SqlValue.FromTime(Math.Clamp(diff, -MySqlTime.MaxMicroseconds, MySqlTime.MaxMicroseconds));
        });
        yield return new("ADDTIME", 2, 2, a => a[0].Type.Kind is SqlTypeKind.DateTime or SqlTypeKind.Timestamp ? new ColumnType(SqlTypeKind.DateTime, Length: 26, Scale: 6) : s_time,
            (ctx, a) => AddTime(ctx, a, 1));
        yield return new("SUBTIME", 2, 2, a => a[0].Type.Kind is SqlTypeKind.DateTime or SqlTypeKind.Timestamp ? new ColumnType(SqlTypeKind.DateTime, Length: 26, Scale: 6) : s_time,
            (ctx, a) => AddTime(ctx, a, -1));
        yield return new("TIME_TO_SEC", 1, 1, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 10)), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            if (!TryMicros(v, ctx, out long us, out var dt))
            {
                return SqlValue.Null;
            }
            if (dt is not null)
            {
                us = ((dt.Value.Hour * 3600L) + (dt.Value.Minute * 60) + dt.Value.Second) * 1_000_000;
            }
            return SqlValue.FromInt(us / 1_000_000);
        });
        yield return new("SEC_TO_TIME", 1, 1, Fixed(new ColumnType(SqlTypeKind.Time, Length: 10)), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            return v.IsNull ? v : SqlValue.FromTime(Math.Clamp(ValueConversion.ToInt64(v, ctx) * 1_000_000, -MySqlTime.MaxMicroseconds, MySqlTime.MaxMicroseconds));
        });
        yield return new("STR_TO_DATE", 2, 2, _ => new ColumnType(SqlTypeKind.DateTime, Length: 19), (ctx, a) =>
        {
            var s = a[0].Evaluate(ctx);
            var f = a[1].Evaluate(ctx);
            if (s.IsNull || f.IsNull)
            {
                return SqlValue.Null;
            }
            return StrToDate(ValueConversion.ToText(s), ValueConversion.ToText(f));
        });
    }

    private static SqlValue AddTime(EvaluationContext ctx, BoundExpression[] a, int sign)
    {
        var l = a[0].Evaluate(ctx);
        var r = a[1].Evaluate(ctx);
        if (!TryMicros(l, ctx, out long lm, out var ld) || !TryMicros(r, ctx, out long rm, out _))
        {
            return SqlValue.Null;
        }
        if (ld is not null && ld.Value.TryToDateTime(out var sys))
        {
            return SqlValue.FromDateTime(MySqlDateTime.FromDateTime(sys.AddTicks(sign * rm * 10)));
        }
        return SqlValue.FromTime(Math.Clamp(lm + (sign * rm), -MySqlTime.MaxMicroseconds, MySqlTime.MaxMicroseconds));
    }

    private static SqlValue StrToDate(string s, string format)
    {
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, micro = 0;
        bool pm = false;
        int i = 0;
        int ReadNumber(int max)
        {
            int start = i;
            int n = 0;
            while (i < s.Length && i - start < max && char.IsAsciiDigit(s[i]))
            {
                n = (n * 10) + (s[i] - '0');
                i++;
            }
            if (i == start)
            {
                throw new FormatException();
            }
            return n;
        }
        try
        {
            for (int k = 0; k < format.Length; k++)
            {
                char c = format[k];
                if (c != '%' || k + 1 >= format.Length)
                {
                    if (i < s.Length && (s[i] == c || (char.IsWhiteSpace(c) && char.IsWhiteSpace(s[i]))))
                    {
                        i++;
                        continue;
                    }
                    return SqlValue.Null;
                }
                char spec = format[++k];
                switch (spec)
                {
                    case 'Y': year = ReadNumber(4); break;
                    case 'y': year = ReadNumber(2); year += year < 70 ? 2000 : 1900; break;
                    case 'm': case 'c': month = ReadNumber(2); break;
                    case 'd': case 'e': day = ReadNumber(2); break;
                    case 'H': case 'k': case 'h': case 'I': case 'l': hour = ReadNumber(2); break;
                    case 'i': minute = ReadNumber(2); break;
                    case 's': case 'S': second = ReadNumber(2); break;
                    case 'f': micro = ReadNumber(6); break;
                    case 'p':
                        pm = i + 1 < s.Length && char.ToUpperInvariant(s[i]) == 'P';
                        i += 2;
                        break;
                    case 'T':
                        hour = ReadNumber(2); i++; minute = ReadNumber(2); i++; second = ReadNumber(2);
                        break;
                    case 'b':
                    case 'M':
                        {
                            var names = spec == 'b' ? CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames : CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
                            int found = -1;
                            for (int m = 0; m < 12 && found < 0; m++)
                            {
                                if (names[m].Length > 0 && s.AsSpan(i).StartsWith(names[m], StringComparison.OrdinalIgnoreCase))
                                {
                                    found = m;
                                    i += names[m].Length;
                                }
                            }
                            if (found < 0)
                            {
                                return SqlValue.Null;
                            }
                            month = found + 1;
                            break;
                        }
                    case '%':
                        i++;
                        break;
                    default:
                        return SqlValue.Null;
                }
            }
        }
        catch (FormatException)
        {
            return SqlValue.Null;
        }
        if (pm && hour < 12)
        {
            hour += 12;
        }
        return TemporalParser.TryBuild(year, month, day, hour, minute, second, micro, out var dt) ? SqlValue.FromDateTime(dt) : SqlValue.Null;
    }
}
