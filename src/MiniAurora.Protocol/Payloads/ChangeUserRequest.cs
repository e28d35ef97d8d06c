using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Payloads;

/// <summary>COM_CHANGE_USER (after the command byte): user, auth response, database, character set, plugin, attributes.</summary>
public sealed record ChangeUserRequest(string User, byte[] AuthResponse, string? Database, string? AuthPluginName)
{
    public static ChangeUserRequest Read(ReadOnlySpan<byte> payload, Capabilities capabilities)
    {
        var reader = new PayloadReader(payload);
        string user = reader.ReadNullTerminatedString();
        byte[] auth = (capabilities & Capabilities.SecureConnection) != 0
            ? reader.ReadBytes(reader.ReadByte()).ToArray()
            : reader.ReadNullTerminated().ToArray();
        string database = reader.HasRemaining ? reader.ReadNullTerminatedString() : "";
        if (reader.Remaining >= 2)
        {
            reader.Skip(2);
        }
        string? plugin = (capabilities & Capabilities.PluginAuth) != 0 && reader.HasRemaining ? reader.ReadNullTerminatedString() : null;
        return new ChangeUserRequest(user, auth, database.Length == 0 ? null : database, plugin);
    }
}
