using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Execution;

internal enum KeyFit
{
    /// <summary>The value converted exactly to the key column's kind.</summary>
    Exact,

    /// <summary>The value lies between two key values (e.g. 1.5 for an INT key): equality matches nothing; ranges round.</summary>
    Between,

    /// <summary>The value cannot be compared through the index (e.g. a number against a string key): scan instead.</summary>
    Unusable,

    /// <summary>NULL: comparisons with it are never true.</summary>
    Null,
}

/// <summary>Converts a comparison value to an index key part's kind, following MySQL's comparison rules.</summary>
internal static class KeyConversion
{
    public static KeyFit Convert(in SqlValue value, ColumnType column, out SqlValue key, out SqlValue keyCeiling)
    {
        key = value;
        keyCeiling = value;
        if (value.IsNull)
        {
            return KeyFit.Null;
        }
        if (column.IsInteger)
        {
            switch (value.Kind)
            {
                case SqlValueKind.Int:
                    if (column.Unsigned && value.AsInt < 0)
                    {
                        key = SqlValue.FromInt(value.AsInt);
                        return KeyFit.Unusable;
                    }
                    key = keyCeiling = column.Unsigned ? SqlValue.FromUInt((ulong)value.AsInt) : value;
                    return KeyFit.Exact;
                case SqlValueKind.UInt:
                    if (!column.Unsigned && value.AsUInt > long.MaxValue)
                    {
                        return KeyFit.Unusable;
                    }
                    key = keyCeiling = column.Unsigned ? value : SqlValue.FromInt((long)value.AsUInt);
                    return KeyFit.Exact;
                case SqlValueKind.Decimal:
                case SqlValueKind.Double:
                case SqlValueKind.String:
                    {
                        double d = ValueConversion.ToDouble(value, null);
                        if (double.IsNaN(d) || Math.Abs(d) > 9e18)
                        {
                            return KeyFit.Unusable;
                        }
                        if (column.Unsigned && d < 0)
                        {
                            return KeyFit.Unusable;
                        }
                        double floor = Math.Floor(d);
                        double ceil = Math.Ceiling(d);
                        key = column.Unsigned ? SqlValue.FromUInt((ulong)floor) : SqlValue.FromInt((long)floor);
                        keyCeiling = column.Unsigned ? SqlValue.FromUInt((ulong)ceil) : SqlValue.FromInt((long)ceil);
                        return floor == ceil ? KeyFit.Exact : KeyFit.Between;
                    }
                default:
                    return KeyFit.Unusable;
            }
        }
        if (column.IsString)
        {
            return value.Kind == SqlValueKind.String ? KeyFit.Exact : KeyFit.Unusable;
        }
        if (column.IsBinary)
        {
            if (value.Kind == SqlValueKind.Bytes)
            {
                return KeyFit.Exact;
            }
            if (value.Kind == SqlValueKind.String)
            {
                key = keyCeiling = SqlValue.FromBytes(ValueConversion.ToBytes(value));
                return KeyFit.Exact;
            }
            return KeyFit.Unusable;
        }
        if (column.Kind is SqlTypeKind.Decimal or SqlTypeKind.Double or SqlTypeKind.Float)
        {
            if (!value.IsNumeric)
            {
                return KeyFit.Unusable;
            }
            key = keyCeiling = ValueCoercion.To(value, column, null);
            return KeyFit.Exact;
        }
        if (column.Kind is SqlTypeKind.DateTime or SqlTypeKind.Timestamp or SqlTypeKind.Date)
        {
            if (value.Kind is SqlValueKind.String or SqlValueKind.Date or SqlValueKind.DateTime)
            {
                var converted = ValueCoercion.ToDateTime(value, null, column.Kind == SqlTypeKind.Date);
                if (converted.IsNull)
                {
                    return KeyFit.Unusable;
                }
                if (column.Kind == SqlTypeKind.Date && value.Kind != SqlValueKind.Date)
                {
                    var full = ValueCoercion.ToDateTime(value, null, false);
                    key = keyCeiling = converted;
                    return full.AsDateTime.HasTime ? KeyFit.Unusable : KeyFit.Exact;
                }
                key = keyCeiling = converted;
                return KeyFit.Exact;
            }
            return KeyFit.Unusable;
        }
        return KeyFit.Unusable;
    }
}
