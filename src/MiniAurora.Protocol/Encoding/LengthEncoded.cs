using System.Buffers.Binary;
using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Encoding;

/// <summary>
/// MySQL's length-encoded integers: one byte below 0xFB, else a prefix (0xFC: 2 bytes, 0xFD: 3, 0xFE: 8).
/// 0xFB is NULL in text rows and 0xFF starts an ERR packet, so neither is a valid integer prefix.
/// </summary>
public static class LengthEncoded
{
    public const byte NullMarker = 0xFB;

    public static int GetIntegerLength(ulong value) => value switch
    {
        < 251 => 1,
        < 1UL << 16 => 3,
        < 1UL << 24 => 4,
        _ => 9,
    };

    /// <summary>Writes <paramref name="value"/> at the start of <paramref name="destination"/>; returns the bytes written.</summary>
    public static int WriteInteger(Span<byte> destination, ulong value)
    {
        if (value < 251)
        {
            destination[0] = (byte)value;
            return 1;
        }
        if (value < 1UL << 16)
        {
            destination[0] = 0xFC;
            BinaryPrimitives.WriteUInt16LittleEndian(destination[1..], (ushort)value);
            return 3;
        }
        if (value < 1UL << 24)
        {
            destination[0] = 0xFD;
            destination[1] = (byte)value;
            destination[2] = (byte)(value >> 8);
            destination[3] = (byte)(value >> 16);
            return 4;
        }
        destination[0] = 0xFE;
        BinaryPrimitives.WriteUInt64LittleEndian(destination[1..], value);
        return 9;
    }

    /// <summary>Reads an integer; throws <see cref="ProtocolViolationException"/> on truncation or an invalid prefix.</summary>
    public static ulong ReadInteger(ReadOnlySpan<byte> source, out int consumed)
    {
        if (source.IsEmpty)
        {
            throw ProtocolViolationException.Truncated();
        }
        byte first = source[0];
        int needed = first switch
        {
            < 0xFB => 1,
            0xFC => 3,
            0xFD => 4,
            0xFE => 9,
            _ => throw new ProtocolViolationException(ProtocolViolation.Malformed, $"Invalid length-encoded integer prefix 0x{first:X2}."),
        };
        if (source.Length < needed)
        {
            throw ProtocolViolationException.Truncated();
        }
        consumed = needed;
        return needed switch
        {
            1 => first,
            3 => BinaryPrimitives.ReadUInt16LittleEndian(source[1..]),
            4 => source[1] | ((ulong)source[2] << 8) | ((ulong)source[3] << 16),
            _ => BinaryPrimitives.ReadUInt64LittleEndian(source[1..]),
        };
    }
}
