using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Payloads;

/// <summary>EOF_Packet (for clients without CLIENT_DEPRECATE_EOF): 0xFE, warnings, status.</summary>
public static class EofPacket
{
    public static void Write(PacketWriter writer, int warnings, ServerStatusFlags status)
    {
        writer.StartPacket();
        writer.WriteByte(0xFE);
        writer.WriteUInt16((ushort)Math.Clamp(warnings, 0, ushort.MaxValue));
        writer.WriteUInt16((ushort)status);
        writer.FinishPacket();
    }

    /// <summary>Ends a result set or column list the way the client asked: EOF, or OK with the 0xFE header.</summary>
    public static void WriteEnd(PacketWriter writer, Capabilities capabilities, int warnings, ServerStatusFlags status)
    {
        if ((capabilities & Capabilities.DeprecateEof) != 0)
        {
            OkPacket.Write(writer, 0, 0, status, warnings, capabilities, eofHeader: true);
        }
        else
        {
            Write(writer, warnings, status);
        }
    }
}
