using System.Text;
using MiniAurora.Core.Values;
using MiniAurora.Protocol.Commands;
using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Encoding;

/// <summary>
/// Decodes the parameter block of COM_STMT_EXECUTE: NULL bitmap, new-params-bound flag with the
/// 2-byte types (type code, 0x80 = unsigned), then each non-NULL value in its binary encoding.
/// Parameters that received COM_STMT_SEND_LONG_DATA take that data instead of a value.
/// </summary>
internal static class BinaryParameterReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(false, true);

    public static void Read(ref PayloadReader reader, PreparedStatementState statement, Span<SqlValue> values)
    {
        int count = statement.ParameterCount;
        if (count == 0)
        {
            return;
        }
        var nullBitmap = reader.ReadBytes((count + 7) / 8);
        bool newParamsBound = reader.ReadByte() == 1;
        if (newParamsBound)
        {
            for (int i = 0; i < count; i++)
            {
                statement.ParameterTypes[i] = (ColumnTypeCode)reader.ReadByte();
                statement.ParameterUnsigned[i] = (reader.ReadByte() & 0x80) != 0;
            }
            statement.TypesBound = true;
        }
        else if (!statement.TypesBound)
        {
            throw new ProtocolViolationException(ProtocolViolation.Malformed, "Parameter types were never bound.");
        }

        for (int i = 0; i < count; i++)
        {
            var type = statement.ParameterTypes[i];
            if (statement.HasLongData(i))
            {
                values[i] = FromBytes(statement.LongData(i), type);
            }
            else if ((nullBitmap[i / 8] & (1 << (i % 8))) != 0 || type == ColumnTypeCode.Null)
            {
                values[i] = SqlValue.Null;
            }
            else
            {
                values[i] = ReadValue(ref reader, type, statement.ParameterUnsigned[i]);
            }
        }
    }

    internal static SqlValue ReadValue(ref PayloadReader reader, ColumnTypeCode type, bool unsigned)
    {
        switch (type)
        {
            case ColumnTypeCode.Tiny:
                byte b = reader.ReadByte();
                return SqlValue.FromInt(unsigned ? b : (sbyte)b);
            case ColumnTypeCode.Short or ColumnTypeCode.Year:
                ushort s = reader.ReadUInt16();
                return SqlValue.FromInt(unsigned ? s : (short)s);
            case ColumnTypeCode.Long or ColumnTypeCode.Int24:
                uint l = reader.ReadUInt32();
                return SqlValue.FromInt(unsigned ? l : (int)l);
            case ColumnTypeCode.LongLong:
                ulong ll = reader.ReadUInt64();
                return unsigned && ll > long.MaxValue ? SqlValue.FromUInt(ll) : SqlValue.FromInt(unchecked((long)ll));
            case ColumnTypeCode.Float:
                return SqlValue.FromDouble(BitConverter.Int32BitsToSingle((int)reader.ReadUInt32()));
            case ColumnTypeCode.Double:
                return SqlValue.FromDouble(BitConverter.Int64BitsToDouble((long)reader.ReadUInt64()));
            case ColumnTypeCode.Date or ColumnTypeCode.DateTime or ColumnTypeCode.Timestamp or ColumnTypeCode.NewDate:
                return ReadDateTime(ref reader, type == ColumnTypeCode.Date || type == ColumnTypeCode.NewDate);
            case ColumnTypeCode.Time:
                return ReadTime(ref reader);
            case ColumnTypeCode.Null:
                return SqlValue.Null;
            default:
                return FromBytes(reader.ReadLengthEncodedBytes(), type);
        }
    }

    private static SqlValue FromBytes(ReadOnlySpan<byte> data, ColumnTypeCode type)
    {
        if (type is ColumnTypeCode.TinyBlob or ColumnTypeCode.MediumBlob or ColumnTypeCode.LongBlob or ColumnTypeCode.Blob
            or ColumnTypeCode.Geometry or ColumnTypeCode.Bit)
        {
            return SqlValue.FromBytes(data.ToArray());
        }
        if (type is ColumnTypeCode.Decimal or ColumnTypeCode.NewDecimal
            && decimal.TryParse(data, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out decimal d))
        {
            return SqlValue.FromDecimal(d);
        }
        try
        {
            return SqlValue.FromString(s_strictUtf8.GetString(data));
        }
        catch (DecoderFallbackException)
        {
            return SqlValue.FromBytes(data.ToArray());
        }
    }

    private static SqlValue ReadDateTime(ref PayloadReader reader, bool dateOnly)
    {
        int length = reader.ReadByte();
        if (length is not (0 or 4 or 7 or 11))
        {
            throw new ProtocolViolationException(ProtocolViolation.Malformed, "Invalid DATETIME parameter length.");
        }
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, micro = 0;
        if (length >= 4)
        {
            year = reader.ReadUInt16();
            month = reader.ReadByte();
            day = reader.ReadByte();
        }
        if (length >= 7)
        {
            hour = reader.ReadByte();
            minute = reader.ReadByte();
            second = reader.ReadByte();
        }
        if (length == 11)
        {
            micro = (int)Math.Min(reader.ReadUInt32(), 999_999);
        }
        var value = new MySqlDateTime(Math.Min(year, 9999), month & 0xF, day & 0x1F, hour & 0x1F, minute & 0x3F, second & 0x3F, micro);
        return dateOnly ? SqlValue.FromDate(value) : SqlValue.FromDateTime(value);
    }

    private static SqlValue ReadTime(ref PayloadReader reader)
    {
        int length = reader.ReadByte();
        if (length is not (0 or 8 or 12))
        {
            throw new ProtocolViolationException(ProtocolViolation.Malformed, "Invalid TIME parameter length.");
        }
        if (length == 0)
        {
            return SqlValue.FromTime(0);
        }
        bool negative = reader.ReadByte() == 1;
        long days = Math.Min(reader.ReadUInt32(), 35u);
        long hours = reader.ReadByte();
        long minutes = reader.ReadByte();
        long seconds = reader.ReadByte();
        long micro = length == 12 ? reader.ReadUInt32() : 0;
        long total = (((((days * 24) + hours) * 60) + minutes) * 60 + seconds) * 1_000_000 + micro;
        return SqlValue.FromTime(negative ? -total : total);
    }
}
