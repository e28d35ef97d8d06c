using System.Buffers.Binary;
using System.Text;
using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Wal;

/// <summary>Builds framed records (see <see cref="WalFormat"/>) into a growable buffer.</summary>
internal sealed class RecordWriter
{
    private byte[] _buffer;
    private int _length;
    private int _recordStart = -1;
    private int _lastPayloadStart;
    private int _lastPayloadLength;

    public RecordWriter(int capacity = 256) => _buffer = new byte[capacity];

    public int Length => _length;

    /// <summary>The payload of the most recently ended record.</summary>
    public ReadOnlySpan<byte> LastPayload => _buffer.AsSpan(_lastPayloadStart, _lastPayloadLength);

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Reset()
    {
        _length = 0;
        _recordStart = -1;
    }

    public void Begin(WalRecordType type)
    {
        Ensure(WalFormat.HeaderSize);
        _recordStart = _length;
        _buffer[_length + 4] = (byte)type;
        _length += WalFormat.HeaderSize;
    }

    public void End()
    {
        var header = _buffer.AsSpan(_recordStart, WalFormat.HeaderSize);
        int payloadLength = _length - _recordStart - WalFormat.HeaderSize;
        BinaryPrimitives.WriteUInt32LittleEndian(header, (uint)payloadLength);
        BinaryPrimitives.WriteUInt32LittleEndian(header[5..], Crc32C.Compute(header[..5]));
        BinaryPrimitives.WriteUInt32LittleEndian(header[9..], Crc32C.Compute(_buffer.AsSpan(_recordStart + WalFormat.HeaderSize, payloadLength)));
        _lastPayloadStart = _recordStart + WalFormat.HeaderSize;
        _lastPayloadLength = payloadLength;
        _recordStart = -1;
    }

    /// <summary>A whole record with an empty payload.</summary>
    public void Empty(WalRecordType type)
    {
        Begin(type);
        End();
    }

    public void Byte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    public void VarULong(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        _buffer[_length++] = (byte)value;
    }

    public void VarLong(long value) => VarULong((ulong)((value << 1) ^ (value >> 63)));

    public void Int64(long value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    public void Bytes(ReadOnlySpan<byte> value)
    {
        VarULong((ulong)value.Length);
        Ensure(value.Length);
        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }

    public void String(string value)
    {
        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max < 128)
        {
            Ensure(max + 1);
            int n = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length + 1));
            _buffer[_length] = (byte)n;
            _length += n + 1;
            return;
        }
        int count = Encoding.UTF8.GetByteCount(value);
        VarULong((ulong)count);
        Ensure(count);
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
    }

    public void NullableString(string? value)
    {
        Bool(value is not null);
        if (value is not null)
        {
            String(value);
        }
    }

    public void Value(in SqlValue value)
    {
        Byte((byte)value.Kind);
        switch (value.Kind)
        {
            case SqlValueKind.Null:
                break;
            case SqlValueKind.Int:
            case SqlValueKind.Date:
            case SqlValueKind.DateTime:
            case SqlValueKind.Time:
                VarLong(value.AsInt);
                break;
            case SqlValueKind.UInt:
                VarULong(value.AsUInt);
                break;
            case SqlValueKind.Double:
                Int64(BitConverter.DoubleToInt64Bits(value.AsDouble));
                break;
            case SqlValueKind.Decimal:
                Span<int> bits = stackalloc int[4];
                decimal.GetBits(value.AsDecimal, bits);
                foreach (var b in bits)
                {
                    VarLong(b);
                }
                break;
            case SqlValueKind.String:
                String(value.AsString);
                break;
            case SqlValueKind.Json:
                String(value.AsJson);
                break;
            case SqlValueKind.Bytes:
                Bytes(value.AsBytes);
                break;
            default:
                throw new InvalidOperationException($"cannot log value kind {value.Kind}");
        }
    }

    public void Values(SqlValue[] values)
    {
        VarULong((ulong)values.Length);
        foreach (var v in values)
        {
            Value(v);
        }
    }

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }
}
