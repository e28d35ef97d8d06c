using System.Text;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Values;

/// <summary>
/// Converts a value to the runtime kind a static type promises (CAST semantics, and the
/// normalisation of mixed-type CASE/IF branches and projected columns).
/// </summary>
internal static class ValueCoercion
{
    /// <summary>The runtime kind values of <paramref name="type"/> carry.</summary>
    public static SqlValueKind KindOf(ColumnType type) => type.Kind switch
    {
        SqlTypeKind.Null => SqlValueKind.Null,
        SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.MediumInt or SqlTypeKind.Int or SqlTypeKind.BigInt =>
            type.Unsigned ? SqlValueKind.UInt : SqlValueKind.Int,
        SqlTypeKind.Year => SqlValueKind.Int,
        SqlTypeKind.Bit => SqlValueKind.UInt,
        SqlTypeKind.Decimal => SqlValueKind.Decimal,
        SqlTypeKind.Float or SqlTypeKind.Double => SqlValueKind.Double,
        SqlTypeKind.Binary or SqlTypeKind.VarBinary or SqlTypeKind.TinyBlob or SqlTypeKind.Blob or SqlTypeKind.MediumBlob
            or SqlTypeKind.LongBlob or SqlTypeKind.Geometry => SqlValueKind.Bytes,
        SqlTypeKind.Date => SqlValueKind.Date,
        SqlTypeKind.DateTime or SqlTypeKind.Timestamp => SqlValueKind.DateTime,
        SqlTypeKind.Time => SqlValueKind.Time,
        SqlTypeKind.Json => SqlValueKind.Json,
        _ => SqlValueKind.String,
    };

    /// <summary>Converts <paramref name="value"/> to <paramref name="type"/>'s kind; NULL stays NULL.</summary>
    public static SqlValue To(in SqlValue value, ColumnType type, EvaluationContext? ctx)
    {
        if (value.IsNull)
        {
            return value;
        }
        var kind = KindOf(type);
        if (value.Kind == kind)
        {
            if (kind == SqlValueKind.Decimal && type.Scale >= 0 && Arithmetic.ScaleOf(value.AsDecimal) != type.Scale && type.Length > 0)
            {
                return SqlValue.FromDecimal(Arithmetic.WithScale(value.AsDecimal, type.Scale));
            }
            return value;
        }
        switch (kind)
        {
            case SqlValueKind.Null:
                return value;
            case SqlValueKind.Int:
                return SqlValue.FromInt(value.Kind == SqlValueKind.UInt ? unchecked((long)value.AsUInt) : ValueConversion.ToInt64(value, ctx));
            case SqlValueKind.UInt:
                return SqlValue.FromUInt(ValueConversion.ToUInt64(value, ctx));
            case SqlValueKind.Decimal:
                {
                    var d = ValueConversion.ToDecimal(value, ctx);
                    return SqlValue.FromDecimal(type.Length > 0 ? Arithmetic.WithScale(d, type.Scale) : d);
                }
            case SqlValueKind.Double:
                return SqlValue.FromDouble(ValueConversion.ToDouble(value, ctx));
            case SqlValueKind.String:
                return SqlValue.FromString(ValueConversion.ToText(value));
            case SqlValueKind.Json:
                return SqlValue.FromJson(ValueConversion.ToText(value));
            case SqlValueKind.Bytes:
                return SqlValue.FromBytes(ValueConversion.ToBytes(value));
            case SqlValueKind.Date:
                return ToDateTime(value, ctx, dateOnly: true);
            case SqlValueKind.DateTime:
                return ToDateTime(value, ctx, dateOnly: false);
            case SqlValueKind.Time:
                return ToTime(value, ctx);
            default:
                return value;
        }
    }

    public static SqlValue ToDateTime(in SqlValue value, EvaluationContext? ctx, bool dateOnly)
    {
        MySqlDateTime dt;
        switch (value.Kind)
        {
            case SqlValueKind.Date:
            case SqlValueKind.DateTime:
                dt = value.AsDateTime;
                break;
            case SqlValueKind.Time:
                {
                    var now = ctx?.StatementTime.Date ?? DateTime.UnixEpoch;
                    dt = MySqlDateTime.FromDateTime(now.AddTicks(value.AsTimeMicroseconds * 10));
                    break;
                }
            case SqlValueKind.Int:
            case SqlValueKind.UInt:
            case SqlValueKind.Decimal:
            case SqlValueKind.Double:
                {
                    string digits = ValueConversion.ToInt64(value, null).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (!TemporalParser.TryParseDateTime(digits, out dt, out _))
                    {
                        ctx?.Warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, dateOnly ? "date" : "datetime", ValueConversion.ToText(value));
                        return SqlValue.Null;
                    }
                    break;
                }
            default:
                {
                    var text = value.Kind == SqlValueKind.Bytes ? Encoding.UTF8.GetString(value.AsBytes) : value.AsString;
                    if (!TemporalParser.TryParseDateTime(text, out dt, out _))
                    {
                        ctx?.Warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, dateOnly ? "date" : "datetime", text);
                        return SqlValue.Null;
                    }
                    break;
                }
        }
        if (dateOnly)
        {
            return SqlValue.FromDate(new MySqlDateTime(dt.Year, dt.Month, dt.Day));
        }
        return SqlValue.FromDateTime(dt);
    }

    public static SqlValue ToTime(in SqlValue value, EvaluationContext? ctx)
    {
        switch (value.Kind)
        {
            case SqlValueKind.DateTime:
                {
                    var d = value.AsDateTime;
                    return SqlValue.FromTime((((d.Hour * 3600L) + (d.Minute * 60) + d.Second) * 1_000_000) + d.Microsecond);
                }
            case SqlValueKind.Date:
                return SqlValue.FromTime(0);
            default:
                {
                    var text = ValueConversion.ToText(value);
                    if (TemporalParser.TryParseTime(text, out long us))
                    {
                        return SqlValue.FromTime(us);
                    }
                    ctx?.Warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "time", text);
                    return SqlValue.Null;
                }
        }
    }
}
