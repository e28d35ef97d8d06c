using MiniAurora.Core.Text;
using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using MiniAurora.Protocol.Encoding;

namespace MiniAurora.Protocol.Framing;

/// <summary>
/// Builds outgoing packets in one reusable buffer: <see cref="StartPacket"/> reserves the 4-byte header,
/// the payload is written in place, and <see cref="FinishPacket"/> patches length and sequence id (splitting
/// payloads of 0xFFFFFF bytes or more into continuation packets, with a trailing short or empty packet as MySQL
/// requires). Several packets accumulate until <see cref="FlushAsync(PipeWriter, CancellationToken)"/>, so a
/// whole small result set leaves in one write. Not thread-safe: one per connection.
/// </summary>
public sealed class PacketWriter
{
    public const int MaxPacketChunk = 0xFFFFFF;
    private const int InitialCapacity = 16 * 1024;
    private const int RetainedCapacity = 1024 * 1024;

    private byte[] _buffer = new byte[InitialCapacity];
    private int _length;
    private int _packetStart = -1;

    /// <summary>Sequence id the next packet gets; set to 0 when the command phase starts a new exchange.</summary>
    public byte SequenceId { get; set; }

    /// <summary>Bytes of finished (and in-progress) packets not yet flushed.</summary>
    public int BufferedBytes => _length;

    public bool InPacket => _packetStart >= 0;

    internal ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    public void StartPacket()
    {
        if (_packetStart >= 0)
        {
            throw new InvalidOperationException("A packet is already in progress.");
        }
        Ensure(4);
        _packetStart = _length;
        _length += 4;
    }

    public void FinishPacket()
    {
        if (_packetStart < 0)
        {
            throw new InvalidOperationException("No packet in progress.");
        }
        int payloadLength = _length - _packetStart - 4;
        if (payloadLength < MaxPacketChunk)
        {
            WriteHeader(_buffer.AsSpan(_packetStart), payloadLength, SequenceId++);
        }
        else
        {
            SplitLargePacket(payloadLength);
        }
        _packetStart = -1;
    }

    /// <summary>Drops a packet in progress (used when an error replaces a half-written packet).</summary>
    public void AbandonPacket()
    {
        if (_packetStart >= 0)
        {
            _length = _packetStart;
            _packetStart = -1;
        }
    }

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    public void WriteUInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(GetSpan(2), value);
        _length += 2;
    }

    public void WriteUInt24(uint value)
    {
        var span = GetSpan(3);
        span[0] = (byte)value;
        span[1] = (byte)(value >> 8);
        span[2] = (byte)(value >> 16);
        _length += 3;
    }

    public void WriteUInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(GetSpan(4), value);
        _length += 4;
    }

    public void WriteUInt64(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(GetSpan(8), value);
        _length += 8;
    }

    public void WriteZeros(int count)
    {
        GetSpan(count)[..count].Clear();
        _length += count;
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        value.CopyTo(GetSpan(value.Length));
        _length += value.Length;
    }

    public void WriteLengthEncodedInteger(ulong value) => _length += LengthEncoded.WriteInteger(GetSpan(9), value);

    public void WriteLengthEncodedBytes(ReadOnlySpan<byte> value)
    {
        WriteLengthEncodedInteger((ulong)value.Length);
        WriteBytes(value);
    }

    /// <summary>Writes a string as length-encoded UTF-8 without an intermediate byte array.</summary>
    public void WriteLengthEncodedString(string value)
    {
        int byteCount = LosslessUtf8.GetByteCount(value);
        WriteLengthEncodedInteger((ulong)byteCount);
        WriteUtf8(value, byteCount);
    }

    public void WriteString(string value) => WriteUtf8(value, LosslessUtf8.GetByteCount(value));

    public void WriteNullTerminatedString(string value)
    {
        WriteString(value);
        WriteByte(0);
    }

    /// <summary>Returns a span of at least <paramref name="sizeHint"/> bytes to write into; commit with <see cref="Advance"/>.</summary>
    public Span<byte> GetSpan(int sizeHint)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_length);
    }

    public void Advance(int count) => _length += count;

    /// <summary>Copies the buffered packets into <paramref name="output"/> and flushes it.</summary>
    public async ValueTask FlushAsync(PipeWriter output, CancellationToken cancellationToken)
    {
        if (_length == 0)
        {
            return;
        }
        var result = await output.WriteAsync(WrittenMemory, cancellationToken).ConfigureAwait(false);
        Reset();
        if (result.IsCanceled || result.IsCompleted)
        {
            throw new IOException("The connection was closed while writing.");
        }
    }

    public async ValueTask FlushAsync(Stream output, CancellationToken cancellationToken)
    {
        if (_length == 0)
        {
            return;
        }
        await output.WriteAsync(WrittenMemory, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        Reset();
    }

    /// <summary>Copies the buffered packets into any buffer writer (tests, benchmarks) and clears the buffer.</summary>
    public void CopyTo(IBufferWriter<byte> output)
    {
        output.Write(WrittenMemory.Span);
        Reset();
    }

    public void Reset()
    {
        _length = 0;
        _packetStart = -1;
        if (_buffer.Length > RetainedCapacity)
        {
            _buffer = new byte[InitialCapacity];
        }
    }

    private void WriteUtf8(string value, int byteCount)
    {
        int written = LosslessUtf8.GetBytes(value, GetSpan(byteCount));
        _length += written;
    }

    private static void WriteHeader(Span<byte> destination, int length, byte sequenceId)
    {
        destination[0] = (byte)length;
        destination[1] = (byte)(length >> 8);
        destination[2] = (byte)(length >> 16);
        destination[3] = sequenceId;
    }

    private void SplitLargePacket(int payloadLength)
    {
        // Rare path (payloads of 16 MiB and more): copy the payload out and lay it down again in chunks.
        var payload = ArrayPool<byte>.Shared.Rent(payloadLength);
        try
        {
            _buffer.AsSpan(_packetStart + 4, payloadLength).CopyTo(payload);
            int chunks = (payloadLength / MaxPacketChunk) + 1;
            _length = _packetStart;
            Ensure(payloadLength + (4 * chunks));
            int offset = 0;
            for (int i = 0; i < chunks; i++)
            {
                int size = Math.Min(MaxPacketChunk, payloadLength - offset);
                WriteHeader(_buffer.AsSpan(_length), size, SequenceId++);
                payload.AsSpan(offset, size).CopyTo(_buffer.AsSpan(_length + 4));
                _length += 4 + size;
                offset += size;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(payload);
        }
    }

    private void Ensure(int additional)
    {
        long needed = (long)_length + additional;
        if (needed <= _buffer.Length)
        {
            return;
        }
        long newSize = Math.Max(needed, (long)_buffer.Length * 2);
        newSize = Math.Min(newSize, Array.MaxLength);
        if (newSize < needed)
        {
            throw new InvalidOperationException("Packet buffer limit exceeded.");
        }
        Array.Resize(ref _buffer, (int)newSize);
    }
}
