using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Indexes;

/// <summary>
/// Orders <see cref="SqlValue"/>s for index keys: NULL first, numbers numerically across kinds, strings
/// under a collation, binary bytewise, temporal values by their packed form.
/// </summary>
internal static class ValueComparer
{
    public static int Compare(in SqlValue a, in SqlValue b, Collation collation)
    {
        var ka = a.Kind;
        var kb = b.Kind;
        if (ka == kb)
        {
            switch (ka)
            {
                case SqlValueKind.Null:
                    return 0;
                case SqlValueKind.Int:
                case SqlValueKind.Date:
                case SqlValueKind.DateTime:
                case SqlValueKind.Time:
                    return a.AsInt.CompareTo(b.AsInt);
                case SqlValueKind.UInt:
                    return a.AsUInt.CompareTo(b.AsUInt);
                case SqlValueKind.String:
                    return collation.Compare(a.AsString, b.AsString);
                case SqlValueKind.Double:
                    return a.AsDouble.CompareTo(b.AsDouble);
                case SqlValueKind.Decimal:
                    return a.AsDecimal.CompareTo(b.AsDecimal);
                case SqlValueKind.Bytes:
                    return a.AsBytes.AsSpan().SequenceCompareTo(b.AsBytes);
                case SqlValueKind.Json:
                    return string.CompareOrdinal(a.AsJson, b.AsJson);
            }
        }
        if (ka == SqlValueKind.Null)
        {
            return -1;
        }
        if (kb == SqlValueKind.Null)
        {
            return 1;
        }
        return CompareMixed(a, b, collation);
    }

    private static int CompareMixed(in SqlValue a, in SqlValue b, Collation collation)
    {
        if (a.IsNumeric && b.IsNumeric)
        {
            if (a.Kind == SqlValueKind.Double || b.Kind == SqlValueKind.Double)
            {
                return ToDouble(a).CompareTo(ToDouble(b));
            }
            if (a.Kind == SqlValueKind.Int && b.Kind == SqlValueKind.UInt)
            {
                return a.AsInt < 0 ? -1 : ((ulong)a.AsInt).CompareTo(b.AsUInt);
            }
            if (a.Kind == SqlValueKind.UInt && b.Kind == SqlValueKind.Int)
            {
                return b.AsInt < 0 ? 1 : a.AsUInt.CompareTo((ulong)b.AsInt);
            }
            return ToDecimal(a).CompareTo(ToDecimal(b));
        }
        if (a.Kind is SqlValueKind.Date or SqlValueKind.DateTime && b.Kind is SqlValueKind.Date or SqlValueKind.DateTime)
        {
            return a.AsInt.CompareTo(b.AsInt);
        }
        if (a.Kind is SqlValueKind.String or SqlValueKind.Json && b.Kind is SqlValueKind.String or SqlValueKind.Json)
        {
            return collation.Compare(a.Kind == SqlValueKind.String ? a.AsString : a.AsJson, b.Kind == SqlValueKind.String ? b.AsString : b.AsJson);
        }
        if (a.Kind is SqlValueKind.String or SqlValueKind.Bytes && b.Kind is SqlValueKind.String or SqlValueKind.Bytes)
        {
            return ToBytes(a).AsSpan().SequenceCompareTo(ToBytes(b));
        }
        // Values of unrelated kinds in one column mean the binder did not coerce; any fixed order keeps the tree sound.
        return ((byte)a.Kind).CompareTo((byte)b.Kind);
    }

    private static double ToDouble(in SqlValue v) => v.Kind switch
    {
        SqlValueKind.Int => v.AsInt,
        SqlValueKind.UInt => v.AsUInt,
        SqlValueKind.Decimal => (double)v.AsDecimal,
        _ => v.AsDouble,
    };

    private static decimal ToDecimal(in SqlValue v) => v.Kind switch
    {
        SqlValueKind.Int => v.AsInt,
        SqlValueKind.UInt => v.AsUInt,
        _ => v.AsDecimal,
    };

    private static byte[] ToBytes(in SqlValue v) => v.Kind == SqlValueKind.Bytes ? v.AsBytes : System.Text.Encoding.UTF8.GetBytes(v.AsString);
}
