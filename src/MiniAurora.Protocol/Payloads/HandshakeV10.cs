using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Payloads;

/// <summary>
/// The server's greeting (Protocol::HandshakeV10): version, connection id, the 20-byte scramble split
/// 8 + 12 (+ NUL), capabilities, default character set, status and the default auth plugin.
/// </summary>
public sealed record HandshakeV10(
    string ServerVersion,
    uint ConnectionId,
    byte[] Scramble,
    Capabilities Capabilities,
    byte CharacterSet,
    ServerStatusFlags Status,
    string AuthPluginName)
{
    public void Write(PacketWriter writer)
    {
        writer.StartPacket();
        writer.WriteByte(10);
        writer.WriteNullTerminatedString(ServerVersion);
        writer.WriteUInt32(ConnectionId);
        writer.WriteBytes(Scramble.AsSpan(0, 8));
        writer.WriteByte(0);
        writer.WriteUInt16((ushort)Capabilities);
        writer.WriteByte(CharacterSet);
        writer.WriteUInt16((ushort)Status);
        writer.WriteUInt16((ushort)((uint)Capabilities >> 16));
        writer.WriteByte((byte)(Scramble.Length + 1));
        writer.WriteZeros(10);
        writer.WriteBytes(Scramble.AsSpan(8));
        writer.WriteByte(0);
        writer.WriteNullTerminatedString(AuthPluginName);
        writer.FinishPacket();
    }

    /// <summary>Parses a greeting (used by tests and by anything acting as a client).</summary>
    public static HandshakeV10 Read(ReadOnlySpan<byte> payload)
    {
        var reader = new PayloadReader(payload);
        if (reader.ReadByte() != 10)
        {
            throw new ProtocolViolationException(ProtocolViolation.Malformed, "Not a HandshakeV10.");
        }
        string version = reader.ReadNullTerminatedString();
        uint connectionId = reader.ReadUInt32();
        var part1 = reader.ReadBytes(8).ToArray();
        reader.Skip(1);
        uint capabilities = reader.ReadUInt16();
        byte charset = reader.ReadByte();
        var status = (ServerStatusFlags)reader.ReadUInt16();
        capabilities |= (uint)reader.ReadUInt16() << 16;
        int authDataLength = reader.ReadByte();
        reader.Skip(10);
        var part2 = reader.ReadBytes(Math.Max(13, authDataLength - 8));
        string plugin = reader.ReadNullTerminatedString();
        return new HandshakeV10(version, connectionId, [.. part1, .. part2[..^1]], (Capabilities)capabilities, charset, status, plugin);
    }
}
