using System.Buffers;

namespace MiniAurora.Protocol.Framing;

/// <summary>
/// Cuts complete packets out of received bytes: a 3-byte little-endian length and a sequence id, where a
/// length of 0xFFFFFF means a continuation packet follows (joined here into one payload). Returns false when
/// more bytes are needed; the caller then advances its PipeReader to (consumed: buffer.Start, examined: End).
/// The size limit is checked on each header, before the body arrives, so an oversized packet is refused
/// without buffering it (MySQL answers ER_NET_PACKET_TOO_LARGE and closes).
/// </summary>
public static class PacketReader
{
    /// <param name="buffer">Received bytes; on success, sliced past the packet.</param>
    /// <param name="expectedSequenceId">The sequence id the first physical packet must carry.</param>
    /// <param name="maxPayloadLength">max_allowed_packet.</param>
    public static bool TryRead(ref ReadOnlySequence<byte> buffer, byte expectedSequenceId, long maxPayloadLength, out Packet packet)
    {
        packet = default;
        var reader = new SequenceReader<byte>(buffer);
        long total = 0;
        int chunks = 0;
        byte sequenceId = expectedSequenceId;
        Span<byte> header = stackalloc byte[4];
        while (true)
        {
            if (!reader.TryCopyTo(header))
            {
                return false;
            }
            int length = header[0] | (header[1] << 8) | (header[2] << 16);
            if (header[3] != (byte)(expectedSequenceId + chunks))
            {
                throw new ProtocolViolationException(ProtocolViolation.OutOfOrder, "Got packets out of order");
            }
            total += length;
            if (total > maxPayloadLength)
            {
                throw new ProtocolViolationException(ProtocolViolation.TooLarge, "Got a packet bigger than 'max_allowed_packet' bytes");
            }
            if (reader.Remaining < 4 + length)
            {
                return false;
            }
            sequenceId = header[3];
            reader.Advance(4 + length);
            chunks++;
            if (length < PacketWriter.MaxPacketChunk)
            {
                break;
            }
        }

        var whole = buffer.Slice(0, reader.Position);
        buffer = buffer.Slice(reader.Position);
        if (chunks == 1 && whole.IsSingleSegment)
        {
            packet = new Packet(whole.First[4..], sequenceId, null);
            return true;
        }
        var rented = ArrayPool<byte>.Shared.Rent((int)total);
        int offset = 0;
        var remaining = whole;
        for (int i = 0; i < chunks; i++)
        {
            var headerBytes = remaining.Slice(0, 4);
            headerBytes.CopyTo(header);
            int length = header[0] | (header[1] << 8) | (header[2] << 16);
            remaining.Slice(4, length).CopyTo(rented.AsSpan(offset));
            offset += length;
            remaining = remaining.Slice(4 + length);
        }
        packet = new Packet(rented.AsMemory(0, (int)total), sequenceId, rented);
        return true;
    }
}
