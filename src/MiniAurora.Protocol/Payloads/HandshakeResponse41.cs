using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Payloads;

/// <summary>
/// The client's answer to the greeting (Protocol::HandshakeResponse41), or its first 32 bytes alone
/// when it is an SSLRequest (the client then starts TLS and sends the full response over it).
/// </summary>
public sealed record HandshakeResponse41(
    Capabilities Capabilities,
    uint MaxPacketSize,
    byte CharacterSet,
    string User,
    byte[] AuthResponse,
    string? Database,
    string? AuthPluginName,
    IReadOnlyDictionary<string, string> Attributes)
{
    public const int SslRequestLength = 32;

    private static readonly IReadOnlyDictionary<string, string> s_noAttributes = new Dictionary<string, string>();

    /// <summary>True when the payload is an SSLRequest: exactly the fixed 32-byte prefix with CLIENT_SSL set.</summary>
    public static bool IsSslRequest(ReadOnlySpan<byte> payload) =>
        payload.Length == SslRequestLength && (System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(payload) & (uint)Capabilities.Ssl) != 0;

    /// <summary>Parses the response; throws <see cref="ProtocolViolationException"/> (→ 1043 Bad handshake) when malformed.</summary>
    public static HandshakeResponse41 Read(ReadOnlySpan<byte> payload)
    {
        var reader = new PayloadReader(payload);
        var capabilities = (Capabilities)reader.ReadUInt32();
        if ((capabilities & Capabilities.Protocol41) == 0)
        {
            throw new ProtocolViolationException(ProtocolViolation.Malformed, "Pre-4.1 clients are not supported.");
        }
        uint maxPacket = reader.ReadUInt32();
        byte charset = reader.ReadByte();
        reader.Skip(23);
        string user = reader.ReadNullTerminatedString();
        byte[] auth;
        if ((capabilities & Capabilities.PluginAuthLenencClientData) != 0)
        {
            auth = reader.ReadLengthEncodedBytes().ToArray();
        }
        else if ((capabilities & Capabilities.SecureConnection) != 0)
        {
            auth = reader.ReadBytes(reader.ReadByte()).ToArray();
        }
        else
        {
            auth = reader.ReadNullTerminated().ToArray();
        }
        string? database = null;
        if ((capabilities & Capabilities.ConnectWithDb) != 0 && reader.HasRemaining)
        {
            database = reader.ReadNullTerminatedString();
        }
        string? plugin = null;
        if ((capabilities & Capabilities.PluginAuth) != 0 && reader.HasRemaining)
        {
            plugin = reader.ReadNullTerminatedString();
        }
        var attributes = s_noAttributes;
        if ((capabilities & Capabilities.ConnectAttrs) != 0 && reader.HasRemaining)
        {
            attributes = ReadAttributes(ref reader);
        }
        return new HandshakeResponse41(capabilities, maxPacket, charset, user, auth, database, plugin, attributes);
    }

    internal static Dictionary<string, string> ReadAttributes(ref PayloadReader reader)
    {
        var block = new PayloadReader(reader.ReadLengthEncodedBytes());
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (block.HasRemaining)
        {
            string key = block.ReadLengthEncodedString();
            attributes[key] = block.ReadLengthEncodedString();
        }
        return attributes;
    }
}
