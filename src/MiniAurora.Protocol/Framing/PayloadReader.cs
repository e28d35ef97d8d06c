using System.Buffers.Binary;
using MiniAurora.Protocol.Encoding;

namespace MiniAurora.Protocol.Framing;

/// <summary>
/// Reads the fields of one packet payload (the shape of MySqlConnector's ByteArrayReader).
/// Every read checks bounds and throws <see cref="ProtocolViolationException"/> (Malformed) on truncation,
/// so a hostile packet can never read past its payload. Spans it returns alias the payload.
/// </summary>
public ref struct PayloadReader
{
    private readonly ReadOnlySpan<byte> _payload;
    private int _offset;

    public PayloadReader(ReadOnlySpan<byte> payload)
    {
        _payload = payload;
        _offset = 0;
    }

    public readonly int Offset => _offset;

    public readonly int Remaining => _payload.Length - _offset;

    public readonly bool HasRemaining => _offset < _payload.Length;

    public readonly byte PeekByte() => HasRemaining ? _payload[_offset] : throw ProtocolViolationException.Truncated();

    public byte ReadByte()
    {
        byte value = PeekByte();
        _offset++;
        return value;
    }

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(ReadBytes(2));

    public uint ReadUInt24()
    {
        var bytes = ReadBytes(3);
        return bytes[0] | ((uint)bytes[1] << 8) | ((uint)bytes[2] << 16);
    }

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(ReadBytes(4));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(ReadBytes(8));

    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count < 0 || count > Remaining)
        {
            throw ProtocolViolationException.Truncated();
        }
        var slice = _payload.Slice(_offset, count);
        _offset += count;
        return slice;
    }

    public void Skip(int count) => ReadBytes(count);

    public ReadOnlySpan<byte> ReadRest() => ReadBytes(Remaining);

    public ulong ReadLengthEncodedInteger()
    {
        ulong value = LengthEncoded.ReadInteger(_payload[_offset..], out int consumed);
        _offset += consumed;
        return value;
    }

    public ReadOnlySpan<byte> ReadLengthEncodedBytes()
    {
        ulong length = ReadLengthEncodedInteger();
        return length > (ulong)Remaining ? throw ProtocolViolationException.Truncated() : ReadBytes((int)length);
    }

    /// <summary>Reads up to the next NUL and skips it; a missing terminator takes the rest (as mysqld's lenient parser does).</summary>
    public ReadOnlySpan<byte> ReadNullTerminated()
    {
        var rest = _payload[_offset..];
        int index = rest.IndexOf((byte)0);
        if (index < 0)
        {
            _offset = _payload.Length;
            return rest;
        }
        _offset += index + 1;
        return rest[..index];
    }

    public string ReadNullTerminatedString() => System.Text.Encoding.UTF8.GetString(ReadNullTerminated());

    public string ReadLengthEncodedString() => System.Text.Encoding.UTF8.GetString(ReadLengthEncodedBytes());

    public string ReadRestAsString() => System.Text.Encoding.UTF8.GetString(ReadRest());
}
