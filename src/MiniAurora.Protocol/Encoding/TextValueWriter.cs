using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using MiniAurora.Core.Values;
using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Encoding;

/// <summary>
/// Writes one value of a text-protocol row: NULL as 0xFB, anything else as a length-encoded string in
/// the form mysqld prints it for the column's type. Numbers and temporals are formatted straight into the
/// packet buffer as ASCII; strings are encoded to UTF-8 in place; bytes are copied raw.
/// </summary>
public static class TextValueWriter
{
    public static void Write(PacketWriter writer, in SqlValue value, ColumnType type)
    {
        switch (value.Kind)
        {
            case SqlValueKind.Null:
                writer.WriteByte(LengthEncoded.NullMarker);
                return;
            case SqlValueKind.String:
                writer.WriteLengthEncodedString(value.AsString);
                return;
            case SqlValueKind.Json:
                writer.WriteLengthEncodedString(value.AsJson);
                return;
            case SqlValueKind.Bytes:
                writer.WriteLengthEncodedBytes(value.AsBytes);
                return;
            case SqlValueKind.Int or SqlValueKind.UInt when type.Kind == SqlTypeKind.Bit:
                WriteBitBytes(writer, value.AsUInt, type.Length);
                return;
        }

        // Everything else is short ASCII: format after a one-byte length and patch the length in.
        var span = writer.GetSpan(80);
        int length = FormatAscii(value, type, span[1..]);
        span[0] = (byte)length;
        writer.Advance(length + 1);
    }

    /// <summary>Formats a non-string value as ASCII (at most 79 bytes); used by both row formats.</summary>
    internal static int FormatAscii(in SqlValue value, ColumnType type, Span<byte> destination)
    {
        int written;
        if (type.Kind == SqlTypeKind.Decimal && type.Scale > 0 && value.Kind is SqlValueKind.Int or SqlValueKind.UInt or SqlValueKind.Double
            && TryToDecimal(value, out decimal asDecimal))
        {
            // A DECIMAL(p,s) column always shows s digits, whatever representation the engine computed it in.
            return FormatDecimal(asDecimal, type, destination);
        }
        switch (value.Kind)
        {
            case SqlValueKind.Int:
                if (type.ZeroFill && type.Length > 0)
                {
                    Utf8Formatter.TryFormat(value.AsInt, destination, out written, new StandardFormat('D', (byte)Math.Min(type.Length, 60)));
                    return written;
                }
                if (type.Kind == SqlTypeKind.Year)
                {
                    Utf8Formatter.TryFormat(value.AsInt, destination, out written, new StandardFormat('D', 4));
                    return written;
                }
                Utf8Formatter.TryFormat(value.AsInt, destination, out written);
                return written;
            case SqlValueKind.UInt:
                Utf8Formatter.TryFormat(value.AsUInt, destination, out written,
                    type.ZeroFill && type.Length > 0 ? new StandardFormat('D', (byte)Math.Min(type.Length, 60)) : default);
                return written;
            case SqlValueKind.Double:
                return FormatDouble(value.AsDouble, type, destination);
            case SqlValueKind.Decimal:
                return FormatDecimal(value.AsDecimal, type, destination);
            case SqlValueKind.Date:
                return type.Kind is SqlTypeKind.DateTime or SqlTypeKind.Timestamp
                    ? TemporalFormatter.FormatDateTime(value.AsDateTime, type.Scale, destination)
                    : TemporalFormatter.FormatDate(value.AsDateTime, destination);
            case SqlValueKind.DateTime:
                if (type.Kind == SqlTypeKind.Date)
                {
                    return TemporalFormatter.FormatDate(value.AsDateTime, destination);
                }
                int fsp = type.Kind is SqlTypeKind.DateTime or SqlTypeKind.Timestamp ? type.Scale : value.AsDateTime.Microsecond != 0 ? 6 : 0;
                return TemporalFormatter.FormatDateTime(value.AsDateTime, fsp, destination);
            case SqlValueKind.Time:
                int timeFsp = type.Kind == SqlTypeKind.Time ? type.Scale : value.AsTimeMicroseconds % 1_000_000 != 0 ? 6 : 0;
                return TemporalFormatter.FormatTime(value.AsTimeMicroseconds, timeFsp, destination);
            default:
                return 0;
        }
    }

    private static bool TryToDecimal(in SqlValue value, out decimal result)
    {
        switch (value.Kind)
        {
            case SqlValueKind.Int:
                result = value.AsInt;
                return true;
            case SqlValueKind.UInt:
                result = value.AsUInt;
                return true;
            case SqlValueKind.Double when Math.Abs(value.AsDouble) < 7.9e27 && double.IsFinite(value.AsDouble):
                result = (decimal)value.AsDouble;
                return true;
            default:
                result = 0;
                return false;
        }
    }

    private static int FormatDouble(double value, ColumnType type, Span<byte> destination)
    {
        // DOUBLE(M,D)/FLOAT(M,D) print with exactly D decimals; plain DOUBLE (scale 31 = NOT_FIXED_DEC) prints shortest.
        if (type.Kind is SqlTypeKind.Float or SqlTypeKind.Double && type.Scale is > 0 and < 31 && Math.Abs(value) < 1e15)
        {
            Utf8Formatter.TryFormat(value, destination, out int fixedWritten, new StandardFormat('F', (byte)type.Scale));
            return fixedWritten;
        }
        return MySqlDoubleFormatter.Format(value, type.Kind == SqlTypeKind.Float, destination);
    }

    private static int FormatDecimal(decimal value, ColumnType type, Span<byte> destination)
    {
        int written;
        if (type.Kind == SqlTypeKind.Decimal)
        {
            int scale = Math.Clamp(type.Scale, 0, 30);
            if (!Utf8Formatter.TryFormat(decimal.Round(value, Math.Min(scale, 28), MidpointRounding.AwayFromZero), destination, out written, new StandardFormat('F', (byte)scale)))
            {
                written = 0;
            }
            return written;
        }
        Span<char> chars = stackalloc char[64];
        value.TryFormat(chars, out int charCount, default, CultureInfo.InvariantCulture);
        for (int i = 0; i < charCount; i++)
        {
            destination[i] = (byte)chars[i];
        }
        return charCount;
    }

    private static void WriteBitBytes(PacketWriter writer, ulong bits, int bitLength)
    {
        // BIT(n) values travel as (n+7)/8 raw big-endian bytes in both row formats.
        int byteCount = Math.Clamp((Math.Max(bitLength, 1) + 7) / 8, 1, 8);
        writer.WriteByte((byte)byteCount);
        for (int i = byteCount - 1; i >= 0; i--)
        {
            writer.WriteByte((byte)(bits >> (8 * i)));
        }
    }

    internal static void WriteBitValue(PacketWriter writer, ulong bits, int bitLength) => WriteBitBytes(writer, bits, bitLength);
}
