using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Payloads;

/// <summary>ERR_Packet: 0xFF, the error number, '#' and the 5-character SQLSTATE, then the message.</summary>
public static class ErrPacket
{
    public static void Write(PacketWriter writer, int errorNumber, string sqlState, string message)
    {
        writer.StartPacket();
        writer.WriteByte(0xFF);
        writer.WriteUInt16((ushort)errorNumber);
        writer.WriteByte((byte)'#');
        Span<byte> state = stackalloc byte[5];
        for (int i = 0; i < 5; i++)
        {
            state[i] = i < sqlState.Length ? (byte)sqlState[i] : (byte)'0';
        }
        writer.WriteBytes(state);
        writer.WriteString(message);
        writer.FinishPacket();
    }
}
