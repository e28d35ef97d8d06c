using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Engine.Expressions;

/// <summary>TIMESTAMPDIFF(unit, a, b): whole units from a to b.</summary>
internal sealed class BoundTimestampDiff : BoundExpression
{
    public BoundTimestampDiff(TimeUnit unit, BoundExpression from, BoundExpression to)
        : base(new ColumnType(SqlTypeKind.BigInt, Length: 21))
    {
        Unit = unit;
        From = from;
        To = to;
    }

    public TimeUnit Unit { get; }

    public BoundExpression From { get; }

    public BoundExpression To { get; }

    public override IReadOnlyList<BoundExpression> Children => [From, To];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundTimestampDiff(Unit, children[0], children[1]);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var a = ValueCoercion.ToDateTime(From.Evaluate(ctx), ctx, false);
        var b = ValueCoercion.ToDateTime(To.Evaluate(ctx), ctx, false);
        if (a.IsNull || b.IsNull || !a.AsDateTime.TryToDateTime(out var x) || !b.AsDateTime.TryToDateTime(out var y))
        {
            return SqlValue.Null;
        }
        long months = ((y.Year - x.Year) * 12) + y.Month - x.Month;
        if (months > 0 && y.AddMonths(-(int)months) < x)
        {
            months--;
        }
        else if (months < 0 && y.AddMonths(-(int)months) > x)
        {
            months++;
        }
        var span = y - x;
        long result = Unit switch
        {
            TimeUnit.Microsecond => span.Ticks / 10,
            TimeUnit.Second => (long)span.TotalSeconds,
            TimeUnit.Minute => (long)span.TotalMinutes,
            TimeUnit.Hour => (long)span.TotalHours,
            TimeUnit.Day => (long)span.TotalDays,
            TimeUnit.Week => (long)span.TotalDays / 7,
            TimeUnit.Month => months,
            TimeUnit.Quarter => months / 3,
            _ => months / 12,
        };
        return SqlValue.FromInt(result);
    }
}
