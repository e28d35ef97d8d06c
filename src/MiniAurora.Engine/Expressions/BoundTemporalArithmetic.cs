using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Engine.Expressions;

/// <summary>date ± INTERVAL n unit, DATE_ADD/DATE_SUB/ADDDATE/SUBDATE.</summary>
internal sealed class BoundTemporalArithmetic : BoundExpression
{
    public BoundTemporalArithmetic(BoundExpression date, BoundExpression amount, TimeUnit unit, bool subtract)
        : base(ResultTypeOf(date.Type, unit))
    {
        Date = date;
        Amount = amount;
        Unit = unit;
        Subtract = subtract;
    }

    public BoundExpression Date { get; }

    public BoundExpression Amount { get; }

    public TimeUnit Unit { get; }

    public bool Subtract { get; }

    public override IReadOnlyList<BoundExpression> Children => [Date, Amount];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundTemporalArithmetic(children[0], children[1], Unit, Subtract);

    private static ColumnType ResultTypeOf(ColumnType date, TimeUnit unit)
    {
        bool dateOnlyUnit = unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year or TimeUnit.YearMonth;
        if (date.Kind == SqlTypeKind.Date && dateOnlyUnit)
        {
            return new ColumnType(SqlTypeKind.Date, Length: 10);
        }
        if (date.IsTemporal)
        {
            return new ColumnType(SqlTypeKind.DateTime, Length: 19);
        }
        return ColumnType.VarChar(29);
    }

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var d = Date.Evaluate(ctx);
        var a = Amount.Evaluate(ctx);
        if (d.IsNull || a.IsNull)
        {
            return SqlValue.Null;
        }
        var dtValue = d.Kind is SqlValueKind.Date or SqlValueKind.DateTime ? d : ValueCoercion.ToDateTime(d, ctx, false);
        if (dtValue.IsNull || !dtValue.AsDateTime.TryToDateTime(out var dt))
        {
            return SqlValue.Null;
        }
        bool hadTime = d.Kind == SqlValueKind.DateTime || (d.Kind != SqlValueKind.Date && dtValue.AsDateTime.HasTime);
        DateTime result;
        try
        {
            result = Apply(dt, a, ctx);
        }
        catch (ArgumentOutOfRangeException)
        {
            return SqlValue.Null;
        }
        var packed = MySqlDateTime.FromDateTime(result);
        if (Type.Kind == SqlTypeKind.Date)
        {
            return SqlValue.FromDate(packed);
        }
        if (Type.Kind == SqlTypeKind.DateTime)
        {
            return SqlValue.FromDateTime(packed);
        }
        bool timeUnit = Unit is not (TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year or TimeUnit.YearMonth);
        return SqlValue.FromString(hadTime || timeUnit ? packed.ToString() : packed.ToDateString());
    }

    private DateTime Apply(DateTime dt, SqlValue amount, EvaluationContext ctx)
    {
        int sign = Subtract ? -1 : 1;
        switch (Unit)
        {
            case TimeUnit.Microsecond: return dt.AddTicks(sign * ValueConversion.ToInt64(amount, ctx) * 10);
            case TimeUnit.Second: return dt.AddTicks((long)(sign * ValueConversion.ToDecimal(amount, ctx) * TimeSpan.TicksPerSecond));
            case TimeUnit.Minute: return dt.AddMinutes(sign * ValueConversion.ToInt64(amount, ctx));
            case TimeUnit.Hour: return dt.AddHours(sign * ValueConversion.ToInt64(amount, ctx));
            case TimeUnit.Day: return dt.AddDays(sign * ValueConversion.ToInt64(amount, ctx));
            case TimeUnit.Week: return dt.AddDays(sign * 7 * ValueConversion.ToInt64(amount, ctx));
            case TimeUnit.Month: return dt.AddMonths((int)(sign * ValueConversion.ToInt64(amount, ctx)));
            case TimeUnit.Quarter: return dt.AddMonths((int)(sign * 3 * ValueConversion.ToInt64(amount, ctx)));
            case TimeUnit.Year: return dt.AddYears((int)(sign * ValueConversion.ToInt64(amount, ctx)));
            default:
                {
                    // Compound units ('1:30' HOUR_MINUTE, '1-2' YEAR_MONTH...): split on non-digits, rightmost part is the smallest unit.
                    var text = ValueConversion.ToText(amount).Trim();
                    bool negative = text.StartsWith('-');
                    var parts = text.TrimStart('-').Split([' ', ':', '-', '.', '/'], StringSplitOptions.RemoveEmptyEntries).Select(p => long.TryParse(p, out var n) ? n : 0).ToArray();
                    int s = sign * (negative ? -1 : 1);
                    long P(int fromEnd) => parts.Length >= fromEnd ? parts[^fromEnd] : 0;
                    return Unit switch
                    {
                        TimeUnit.YearMonth => dt.AddYears((int)(s * P(2))).AddMonths((int)(s * P(1))),
                        TimeUnit.DayHour => dt.AddDays(s * P(2)).AddHours(s * P(1)),
                        TimeUnit.DayMinute => dt.AddDays(s * P(3)).AddHours(s * P(2)).AddMinutes(s * P(1)),
                        TimeUnit.DaySecond => dt.AddDays(s * P(4)).AddHours(s * P(3)).AddMinutes(s * P(2)).AddSeconds(s * P(1)),
                        TimeUnit.HourMinute => dt.AddHours(s * P(2)).AddMinutes(s * P(1)),
                        TimeUnit.HourSecond => dt.AddHours(s * P(3)).AddMinutes(s * P(2)).AddSeconds(s * P(1)),
                        TimeUnit.MinuteSecond => dt.AddMinutes(s * P(2)).AddSeconds(s * P(1)),
                        _ => dt.AddSeconds(s * P(2)).AddTicks(s * P(1) * 10),
                    };
                }
        }
    }
}
