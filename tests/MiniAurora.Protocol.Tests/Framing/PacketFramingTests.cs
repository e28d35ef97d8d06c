using System.Buffers;
using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Tests.Framing;

[TestFixture]
public sealed class PacketFramingTests
{
    [Test]
    public void FinishPacket_SmallPayload_WritesLengthAndSequence()
    {
        var bytes = WriterHelpers.Capture(w =>
        {
            w.StartPacket();
            w.WriteByte(0x0E);
            w.FinishPacket();
            w.StartPacket();
            w.WriteBytes([1, 2, 3]);
            w.FinishPacket();
        }, sequenceId: 5);
        Assert.That(Hex.Format(bytes), Is.EqualTo(Hex.Normalize("010000 05 0E  030000 06 010203")));
    }

    [TestCase(PacketWriter.MaxPacketChunk - 1, new[] { PacketWriter.MaxPacketChunk - 1 })]
    [TestCase(PacketWriter.MaxPacketChunk, new[] { PacketWriter.MaxPacketChunk, 0 })]
    [TestCase(PacketWriter.MaxPacketChunk + 10, new[] { PacketWriter.MaxPacketChunk, 10 })]
    [TestCase((2 * PacketWriter.MaxPacketChunk) + 1, new[] { PacketWriter.MaxPacketChunk, PacketWriter.MaxPacketChunk, 1 })]
    public void FinishPacket_LargePayload_SplitsIntoContinuationPackets(int size, int[] chunks)
    {
        var payload = new byte[size];
        new Random(size).NextBytes(payload);
        var bytes = WriterHelpers.Capture(w =>
        {
            w.StartPacket();
            w.WriteBytes(payload);
            w.FinishPacket();
        });
        int offset = 0;
        for (int i = 0; i < chunks.Length; i++)
        {
            int length = bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16);
            Assert.That(length, Is.EqualTo(chunks[i]), $"chunk {i}");
            Assert.That(bytes[offset + 3], Is.EqualTo(i), "sequence id");
            offset += 4 + length;
        }
        Assert.That(offset, Is.EqualTo(bytes.Length));

        // Reading them back joins the chunks into the original payload.
        var sequence = new ReadOnlySequence<byte>(bytes);
        Assert.That(PacketReader.TryRead(ref sequence, 0, int.MaxValue, out var packet), Is.True);
        using (packet)
        {
            Assert.That(packet.Payload.Span.SequenceEqual(payload), Is.True);
            Assert.That(packet.LastSequenceId, Is.EqualTo(chunks.Length - 1));
        }
        Assert.That(sequence.IsEmpty, Is.True);
    }

    [Test]
    public void TryRead_SeveralPacketsInOneBuffer_ReturnsEachInTurn()
    {
        var sequence = new ReadOnlySequence<byte>(Hex.Parse("010000 00 0E  010000 00 0E  040000 00 03 414243  0200"));
        var commands = new List<string>();
        while (PacketReader.TryRead(ref sequence, 0, 1024, out var packet))
        {
            commands.Add(Hex.Format(packet.Payload.Span));
            packet.Dispose();
        }
        Assert.That(commands, Is.EqualTo(new[] { "0E", "0E", "03414243" }));
        Assert.That(sequence.Length, Is.EqualTo(2), "the incomplete header stays unconsumed");
    }

    [Test]
    public void TryRead_PacketSpanningSegments_IsJoined()
    {
        var bytes = Hex.Parse("060000 00 03 4142434445");
        var sequence = Segments(bytes, 2, 5, 7);
        Assert.That(PacketReader.TryRead(ref sequence, 0, 1024, out var packet), Is.True);
        Assert.That(Hex.Format(packet.Payload.Span), Is.EqualTo("034142434445"));
        packet.Dispose();
    }

    [Test]
    public void TryRead_IncompleteBody_ReturnsFalseAndConsumesNothing()
    {
        var sequence = new ReadOnlySequence<byte>(Hex.Parse("050000 00 0341"));
        Assert.That(PacketReader.TryRead(ref sequence, 0, 1024, out _), Is.False);
        Assert.That(sequence.Length, Is.EqualTo(6));
    }

    [Test]
    public void TryRead_WrongSequenceId_ThrowsOutOfOrder()
    {
        var sequence = new ReadOnlySequence<byte>(Hex.Parse("010000 03 0E"));
        var ex = Assert.Throws<ProtocolViolationException>(() => PacketReader.TryRead(ref sequence, 0, 1024, out _));
        Assert.That(ex!.Violation, Is.EqualTo(ProtocolViolation.OutOfOrder));
    }

    [Test]
    public void TryRead_OversizedHeader_ThrowsTooLargeBeforeTheBodyArrives()
    {
        var sequence = new ReadOnlySequence<byte>(Hex.Parse("000100 00"));
        var ex = Assert.Throws<ProtocolViolationException>(() => PacketReader.TryRead(ref sequence, 0, 255, out _));
        Assert.That(ex!.Violation, Is.EqualTo(ProtocolViolation.TooLarge));
    }

    internal static ReadOnlySequence<byte> Segments(byte[] bytes, params int[] cuts)
    {
        var first = new Segment(bytes.AsMemory(0, cuts[0]), 0);
        var last = first;
        for (int i = 0; i < cuts.Length; i++)
        {
            int end = i + 1 < cuts.Length ? cuts[i + 1] : bytes.Length;
            last = last.Append(bytes.AsMemory(cuts[i], end - cuts[i]));
        }
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
