using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Payloads;

/// <summary>Protocol::AuthSwitchRequest: 0xFE, the plugin name (NUL-terminated), and its data (the scramble plus NUL).</summary>
public static class AuthSwitchRequest
{
    public static void Write(PacketWriter writer, string pluginName, ReadOnlySpan<byte> scramble)
    {
        writer.StartPacket();
        writer.WriteByte(0xFE);
        writer.WriteNullTerminatedString(pluginName);
        writer.WriteBytes(scramble);
        writer.WriteByte(0);
        writer.FinishPacket();
    }
}
