using System.Buffers.Binary;
using System.Text;
using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Wal;

/// <summary>Reads what <see cref="RecordWriter"/> wrote; throws <see cref="FormatException"/> on malformed input.</summary>
internal ref struct PayloadReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public PayloadReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public readonly bool AtEnd => _position >= _data.Length;

    public byte Byte()
    {
        if (_position >= _data.Length)
        {
            throw new FormatException("record payload too short");
        }
        return _data[_position++];
    }

    public bool Bool() => Byte() != 0;

    public ulong VarULong()
    {
        ulong result = 0;
        for (int shift = 0; shift < 70; shift += 7)
        {
            byte b = Byte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }
        throw new FormatException("bad varint");
    }

    public long VarLong()
    {
        ulong v = VarULong();
        return (long)(v >> 1) ^ -(long)(v & 1);
    }

    public int VarInt() => checked((int)VarLong());

    public long Int64()
    {
        var span = Take(8);
        return BinaryPrimitives.ReadInt64LittleEndian(span);
    }

    public ReadOnlySpan<byte> BytesSpan() => Take(checked((int)VarULong()));

    public byte[] Bytes() => BytesSpan().ToArray();

    public string String() => Encoding.UTF8.GetString(BytesSpan());

    public string? NullableString() => Bool() ? String() : null;

    public SqlValue Value()
    {
        var kind = (SqlValueKind)Byte();
        switch (kind)
        {
            case SqlValueKind.Null:
                return SqlValue.Null;
            case SqlValueKind.Int:
                return SqlValue.FromInt(VarLong());
            case SqlValueKind.Date:
                return SqlValue.FromDate(new MySqlDateTime(VarLong()));
            case SqlValueKind.DateTime:
                return SqlValue.FromDateTime(new MySqlDateTime(VarLong()));
            case SqlValueKind.Time:
                return SqlValue.FromTime(VarLong());
            case SqlValueKind.UInt:
                return SqlValue.FromUInt(VarULong());
            case SqlValueKind.Double:
                return SqlValue.FromDouble(BitConverter.Int64BitsToDouble(Int64()));
            case SqlValueKind.Decimal:
                Span<int> bits = stackalloc int[4];
                for (int i = 0; i < 4; i++)
                {
                    bits[i] = VarInt();
                }
                return SqlValue.FromDecimal(new decimal(bits));
            case SqlValueKind.String:
                return SqlValue.FromString(String());
            case SqlValueKind.Json:
                return SqlValue.FromJson(String());
            case SqlValueKind.Bytes:
                return SqlValue.FromBytes(Bytes());
            default:
                throw new FormatException($"unknown value kind {(byte)kind}");
        }
    }

    public SqlValue[] Values()
    {
        int n = checked((int)VarULong());
        if (n > _data.Length - _position)
        {
            throw new FormatException("value count exceeds payload");
        }
        var values = new SqlValue[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = Value();
        }
        return values;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _data.Length - _position)
        {
            throw new FormatException("record payload too short");
        }
        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }
}
