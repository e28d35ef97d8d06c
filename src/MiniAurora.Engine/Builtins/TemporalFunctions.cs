using System.Globalization;
using System.Text;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;
using static MiniAurora.Engine.Builtins.FunctionRegistry;

namespace MiniAurora.Engine.Builtins;

/// <summary>Date and time builtins. NOW() and friends are constant within a statement (the context's statement time).</summary>
internal static class TemporalFunctions
{
    private static ColumnType DateTimeType(int fsp) => new(SqlTypeKind.DateTime, Length: fsp > 0 ? 20 + fsp : 19, Scale: fsp);

    private static readonly ColumnType s_date = new(SqlTypeKind.Date, Length: 10);
    private static readonly ColumnType s_time = new(SqlTypeKind.Time, Length: 10);
    private static readonly ColumnType s_smallInt = new(SqlTypeKind.BigInt, Length: 4);

    private static int Fsp(BoundExpression[] a) => a.Length > 0 && a[0] is BoundLiteral l && !l.Value.IsNull ? (int)Math.Clamp(ValueConversion.ToInt64(l.Value, null), 0, 6) : 0;

    private static SqlValue Now(DateTime t, EvaluationContext ctx, BoundExpression[] a)
    {
        int fsp = Fsp(a);
        var dt = MySqlDateTime.FromDateTime(t);
        int micro = fsp == 0 ? 0 : (int)(dt.Microsecond / Math.Pow(10, 6 - fsp) * Math.Pow(10, 6 - fsp));
        return SqlValue.FromDateTime(new MySqlDateTime(dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, micro));
    }

    private static bool TryDate(EvaluationContext ctx, BoundExpression[] a, int i, out MySqlDateTime value)
    {
        var v = a[i].Evaluate(ctx);
        value = default;
        if (v.IsNull)
        {
            return false;
        }
        if (v.Kind is SqlValueKind.Date or SqlValueKind.DateTime)
        {
            value = v.AsDateTime;
            return true;
        }
        var converted = ValueCoercion.ToDateTime(v, ctx, dateOnly: false);
        if (converted.IsNull)
        {
            return false;
        }
        value = converted.AsDateTime;
        return true;
    }

    private static FunctionDefinition Part(string name, Func<MySqlDateTime, long> part, ColumnType? type = null) =>
        new(name, 1, 1, Fixed(type ?? s_smallInt), (ctx, a) => TryDate(ctx, a, 0, out var d) ? SqlValue.FromInt(part(d)) : SqlValue.Null);

    public static IEnumerable<FunctionDefinition> All()
    {
        const FunctionFlags v = FunctionFlags.Volatile | FunctionFlags.NotNull;
        var now = new FunctionDefinition("NOW", 0, 1, a => DateTimeType(Fsp(a)), (ctx, a) => Now(ctx.StatementTime, ctx, a), v);
        yield return now;
        yield return Alias("CURRENT_TIMESTAMP", now);
        yield return Alias("LOCALTIME", now);
        yield return Alias("LOCALTIMESTAMP", now);
        yield return new("SYSDATE", 0, 1, a => DateTimeType(Fsp(a)), (ctx, a) => Now(ctx.StatementTime, ctx, a), v);
        yield return new("UTC_TIMESTAMP", 0, 1, a => DateTimeType(Fsp(a)), (ctx, a) => Now(ctx.StatementUtcTime, ctx, a), v);
        var curdate = new FunctionDefinition("CURDATE", 0, 0, Fixed(s_date), (ctx, a) => SqlValue.FromDate(MySqlDateTime.FromDateTime(ctx.StatementTime.Date)), v);
        yield return curdate;
        yield return Alias("CURRENT_DATE", curdate);
        yield return new("UTC_DATE", 0, 0, Fixed(s_date), (ctx, a) => SqlValue.FromDate(MySqlDateTime.FromDateTime(ctx.StatementUtcTime.Date)), v);
        var curtime = new FunctionDefinition("CURTIME", 0, 1, Fixed(s_time), (ctx, a) => SqlValue.FromTime(ctx.StatementTime.TimeOfDay.Ticks / 10 / 1_000_000 * 1_000_000), v);
        yield return curtime;
        yield return Alias("CURRENT_TIME", curtime);
        yield return new("UTC_TIME", 0, 1, Fixed(s_time), (ctx, a) => SqlValue.FromTime(ctx.StatementUtcTime.TimeOfDay.Ticks / 10 / 1_000_000 * 1_000_000), v);
        yield return new("UNIX_TIMESTAMP", 0, 1, a => a.Length == 0 ? new ColumnType(SqlTypeKind.BigInt, Length: 11) : ColumnType.Decimal(17, 6), (ctx, a) =>
        {
            if (a.Length == 0)
            {
                return SqlValue.FromInt(new DateTimeOffset(ctx.StatementUtcTime, TimeSpan.Zero).ToUnixTimeSeconds());
            }
            if (!TryDate(ctx, a, 0, out var d) || !d.TryToDateTime(out var local))
            {
                return SqlValue.Null;
            }
            var offset = ctx.StatementTime - ctx.StatementUtcTime;
            var utc = local - offset;
            decimal secs = (decimal)(utc - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond;
            return SqlValue.FromDecimal(d.Microsecond == 0 ? decimal.Round(secs, 0) : decimal.Round(secs, 6));
        }, FunctionFlags.Volatile);
        yield return new("FROM_UNIXTIME", 1, 2, _ => DateTimeType(0), (ctx, a) =>
        {
            var val = a[0].Evaluate(ctx);
            if (val.IsNull)
            {
                return val;
            }
            decimal secs = ValueConversion.ToDecimal(val, ctx);
            if (secs < 0)
            {
                return SqlValue.Null;
            }
            var offset = ctx.StatementTime - ctx.StatementUtcTime;
            var dt = DateTime.UnixEpoch.AddTicks((long)(secs * TimeSpan.TicksPerSecond)) + offset;
            var result = SqlValue.FromDateTime(MySqlDateTime.FromDateTime(dt));
            if (a.Length == 2)
            {
                var fmt = a[1].Evaluate(ctx);
                return fmt.IsNull ? fmt : SqlValue.FromString(DateFormat(result.AsDateTime, ValueConversion.ToText(fmt)));
            }
            return result;
        });
        yield return new("DATE", 1, 1, Fixed(s_date), (ctx, a) => TryDate(ctx, a, 0, out var d) ? SqlValue.FromDate(new MySqlDateTime(d.Year, d.Month, d.Day)) : SqlValue.Null);
        yield return new("TIME", 1, 1, Fixed(s_time), (ctx, a) =>
        {
            var val = a[0].Evaluate(ctx);
            return val.IsNull ? val : ValueCoercion.ToTime(val, ctx);
        });
        yield return Part("YEAR", d => d.Year);
        yield return Part("MONTH", d => d.Month);
        var day = Part("DAYOFMONTH", d => d.Day);
        yield return day;
        yield return Alias("DAY", day);
        yield return Part("HOUR", d => d.Hour);
        yield return Part("MINUTE", d => d.Minute);
        yield return Part("SECOND", d => d.Second);
        yield return Part("MICROSECOND", d => d.Microsecond);
        yield return Part("QUARTER", d => (d.Month + 2) / 3);
        yield return Part("DAYOFWEEK", d => d.TryToDateTime(out var x) ? (int)x.DayOfWeek + 1 : 0);
        yield return Part("WEEKDAY", d => d.TryToDateTime(out var x) ? ((int)x.DayOfWeek + 6) % 7 : 0);
        yield return Part("DAYOFYEAR", d => d.TryToDateTime(out var x) ? x.DayOfYear : 0);
        yield return Part("TO_DAYS", d => d.TryToDateTime(out var x) ? (long)(x.Date - DateTime.MinValue.Date).TotalDays + 366 : 0);
        yield return new("DAYNAME", 1, 1, Fixed(ColumnType.VarChar(9)), (ctx, a) =>
            TryDate(ctx, a, 0, out var d) && d.TryToDateTime(out var x) ? SqlValue.FromString(x.DayOfWeek.ToString()) : SqlValue.Null);
        yield return new("MONTHNAME", 1, 1, Fixed(ColumnType.VarChar(9)), (ctx, a) =>
            TryDate(ctx, a, 0, out var d) && d.Month >= 1 ? SqlValue.FromString(CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month)) : SqlValue.Null);
        yield return new("LAST_DAY", 1, 1, Fixed(s_date), (ctx, a) =>
            TryDate(ctx, a, 0, out var d) && d.Month >= 1 && d.Year >= 1 ? SqlValue.FromDate(new MySqlDateTime(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month))) : SqlValue.Null);
        yield return new("DATEDIFF", 2, 2, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 7)), (ctx, a) =>
        {
            if (!TryDate(ctx, a, 0, out var x) || !TryDate(ctx, a, 1, out var y) || !x.TryToDateTime(out var dx) || !y.TryToDateTime(out var dy))
            {
                return SqlValue.Null;
            }
            return SqlValue.FromInt((long)(dx.Date - dy.Date).TotalDays);
        });
        yield return new("DATE_FORMAT", 2, 2, Fixed(ColumnType.VarChar(64)), (ctx, a) =>
        {
            var fmt = a[1].Evaluate(ctx);
            if (fmt.IsNull || !TryDate(ctx, a, 0, out var d))
            {
                return SqlValue.Null;
            }
            return SqlValue.FromString(DateFormat(d, ValueConversion.ToText(fmt)));
        });
    }

    internal static string DateFormat(MySqlDateTime d, string format)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        d.TryToDateTime(out var dt);
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                sb.Append(c);
                continue;
            }
            char f = format[++i];
            switch (f)
            {
                case 'Y': sb.Append(d.Year.ToString("D4", inv)); break;
                case 'y': sb.Append((d.Year % 100).ToString("D2", inv)); break;
                case 'm': sb.Append(d.Month.ToString("D2", inv)); break;
                case 'c': sb.Append(d.Month.ToString(inv)); break;
                case 'd': sb.Append(d.Day.ToString("D2", inv)); break;
                case 'e': sb.Append(d.Day.ToString(inv)); break;
                case 'H': sb.Append(d.Hour.ToString("D2", inv)); break;
                case 'k': sb.Append(d.Hour.ToString(inv)); break;
                case 'h':
                case 'I': sb.Append((((d.Hour + 11) % 12) + 1).ToString("D2", inv)); break;
                case 'l': sb.Append((((d.Hour + 11) % 12) + 1).ToString(inv)); break;
                case 'i': sb.Append(d.Minute.ToString("D2", inv)); break;
                case 's':
                case 'S': sb.Append(d.Second.ToString("D2", inv)); break;
                case 'f': sb.Append(d.Microsecond.ToString("D6", inv)); break;
                case 'p': sb.Append(d.Hour < 12 ? "AM" : "PM"); break;
                case 'T': sb.Append(inv, $"{d.Hour:D2}:{d.Minute:D2}:{d.Second:D2}"); break;
                case 'r': sb.Append(inv, $"{((d.Hour + 11) % 12) + 1:D2}:{d.Minute:D2}:{d.Second:D2} {(d.Hour < 12 ? "AM" : "PM")}"); break;
                case 'M': sb.Append(d.Month >= 1 ? inv.DateTimeFormat.GetMonthName(d.Month) : ""); break;
                case 'b': sb.Append(d.Month >= 1 ? inv.DateTimeFormat.GetAbbreviatedMonthName(d.Month) : ""); break;
                case 'W': sb.Append(dt.DayOfWeek.ToString()); break;
                case 'a': sb.Append(dt.DayOfWeek.ToString()[..3]); break;
                case 'w': sb.Append(((int)dt.DayOfWeek).ToString(inv)); break;
                case 'j': sb.Append(dt.DayOfYear.ToString("D3", inv)); break;
                case 'D': sb.Append(d.Day.ToString(inv)).Append(d.Day is 1 or 21 or 31 ? "st" : d.Day is 2 or 22 ? "nd" : d.Day is 3 or 23 ? "rd" : "th"); break;
                case '%': sb.Append('%'); break;
                default: sb.Append(f); break;
            }
        }
        return sb.ToString();
    }
}
