using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Tests.Framing;

internal static class WriterHelpers
{
    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns everything it buffered (headers included).</summary>
    public static byte[] Capture(Action<PacketWriter> write, byte sequenceId = 0)
    {
        var writer = new PacketWriter { SequenceId = sequenceId };
        write(writer);
        return writer.WrittenMemory.ToArray();
    }

    /// <summary>Like <see cref="Capture"/> for a single packet, returning only its payload.</summary>
    public static byte[] CapturePayload(Action<PacketWriter> write)
    {
        var bytes = Capture(write);
        int length = bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);
        Assert.That(bytes, Has.Length.EqualTo(4 + length), "expected exactly one packet");
        return bytes[4..];
    }

    /// <summary>Writes one packet whose payload is produced by <paramref name="write"/>.</summary>
    public static byte[] CaptureRow(Action<PacketWriter> write) => CapturePayload(w =>
    {
        w.StartPacket();
        write(w);
        w.FinishPacket();
    });
}
