using System.Buffers.Binary;
using System.Globalization;
using MiniAurora.Core.Values;
using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Encoding;

/// <summary>
/// Writes one non-NULL value of a binary-protocol row in the encoding the column's wire type dictates
/// (clients decode by the column definition, not by the value): fixed-width little-endian integers and
/// floats, length-prefixed DATE/DATETIME/TIME structures, and length-encoded strings for the rest.
/// </summary>
public static class BinaryValueWriter
{
    public static void Write(PacketWriter writer, in SqlValue value, ColumnType type, ColumnTypeCode wireType)
    {
        switch (wireType)
        {
            case ColumnTypeCode.Tiny:
                writer.WriteByte((byte)ToInt64(value));
                return;
            case ColumnTypeCode.Short or ColumnTypeCode.Year:
                writer.WriteUInt16((ushort)ToInt64(value));
                return;
            case ColumnTypeCode.Long or ColumnTypeCode.Int24:
                writer.WriteUInt32((uint)ToInt64(value));
                return;
            case ColumnTypeCode.LongLong:
                writer.WriteUInt64((ulong)ToInt64(value));
                return;
            case ColumnTypeCode.Float:
                BinaryPrimitives.WriteSingleLittleEndian(writer.GetSpan(4), (float)ToDouble(value));
                writer.Advance(4);
                return;
            case ColumnTypeCode.Double:
                BinaryPrimitives.WriteDoubleLittleEndian(writer.GetSpan(8), ToDouble(value));
                writer.Advance(8);
                return;
            case ColumnTypeCode.Date or ColumnTypeCode.DateTime or ColumnTypeCode.Timestamp:
                WriteDateTime(writer, value, wireType == ColumnTypeCode.Date);
                return;
            case ColumnTypeCode.Time:
                WriteTime(writer, value);
                return;
            default:
                TextValueWriter.Write(writer, value, type);
                return;
        }
    }

    /// <summary>Best-effort integer view of a value (the engine should already have produced an integer).</summary>
    internal static long ToInt64(in SqlValue value) => value.Kind switch
    {
        SqlValueKind.Int => value.AsInt,
        SqlValueKind.UInt => unchecked((long)value.AsUInt),
        SqlValueKind.Double => (long)Math.Round(value.AsDouble, MidpointRounding.AwayFromZero),
        SqlValueKind.Decimal => (long)decimal.Round(value.AsDecimal, MidpointRounding.AwayFromZero),
        SqlValueKind.String => long.TryParse(value.AsString, NumberStyles.Integer, CultureInfo.InvariantCulture, out long parsed) ? parsed : 0,
        _ => 0,
    };

    internal static double ToDouble(in SqlValue value) => value.Kind switch
    {
        SqlValueKind.Int => value.AsInt,
        SqlValueKind.UInt => value.AsUInt,
        SqlValueKind.Double => value.AsDouble,
        SqlValueKind.Decimal => (double)value.AsDecimal,
        SqlValueKind.String => double.TryParse(value.AsString, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) ? parsed : 0,
        _ => 0,
    };

    private static void WriteDateTime(PacketWriter writer, in SqlValue value, bool dateOnly)
    {
        if (value.Kind is not (SqlValueKind.Date or SqlValueKind.DateTime))
        {
            writer.WriteByte(0);
            return;
        }
        var dt = value.AsDateTime;
        int length = dt.IsZeroDate && !dt.HasTime ? 0
            : dateOnly || (dt.Hour == 0 && dt.Minute == 0 && dt.Second == 0 && dt.Microsecond == 0) ? 4
            : dt.Microsecond == 0 ? 7 : 11;
        writer.WriteByte((byte)length);
        if (length == 0)
        {
            return;
        }
        writer.WriteUInt16((ushort)dt.Year);
        writer.WriteByte((byte)dt.Month);
        writer.WriteByte((byte)dt.Day);
        if (length >= 7)
        {
            writer.WriteByte((byte)dt.Hour);
            writer.WriteByte((byte)dt.Minute);
            writer.WriteByte((byte)dt.Second);
        }
        if (length == 11)
        {
            writer.WriteUInt32((uint)dt.Microsecond);
        }
    }

    private static void WriteTime(PacketWriter writer, in SqlValue value)
    {
        if (value.Kind != SqlValueKind.Time || value.AsTimeMicroseconds == 0)
        {
            writer.WriteByte(0);
            return;
        }
        long micros = value.AsTimeMicroseconds;
        bool negative = micros < 0;
        ulong abs = negative ? (ulong)(-micros) : (ulong)micros;
        ulong totalSeconds = abs / 1_000_000;
        uint fraction = (uint)(abs % 1_000_000);
        writer.WriteByte((byte)(fraction == 0 ? 8 : 12));
        writer.WriteByte(negative ? (byte)1 : (byte)0);
        writer.WriteUInt32((uint)(totalSeconds / 86400));
        writer.WriteByte((byte)(totalSeconds / 3600 % 24));
        writer.WriteByte((byte)(totalSeconds / 60 % 60));
        writer.WriteByte((byte)(totalSeconds % 60));
        if (fraction != 0)
        {
            writer.WriteUInt32(fraction);
        }
    }
}
