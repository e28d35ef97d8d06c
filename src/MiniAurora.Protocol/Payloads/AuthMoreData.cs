using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Payloads;

/// <summary>
/// Protocol::AuthMoreData: 0x01 then plugin-specific bytes. caching_sha2_password uses it for
/// 0x03 (fast auth succeeded), 0x04 (perform full authentication) and to send the PEM public key.
/// </summary>
public static class AuthMoreData
{
    public const byte FastAuthSuccess = 0x03;
    public const byte PerformFullAuthentication = 0x04;
    public const byte RequestPublicKey = 0x02;

    public static void Write(PacketWriter writer, ReadOnlySpan<byte> data)
    {
        writer.StartPacket();
        writer.WriteByte(0x01);
        writer.WriteBytes(data);
        writer.FinishPacket();
    }
}
