using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Payloads;

/// <summary>
/// OK_Packet, also in its 0xFE form that ends a result set when the client set CLIENT_DEPRECATE_EOF.
/// Layout as mysqld's net_send_ok: header, affected rows and last insert id (length-encoded), status,
/// warnings, then the info text (length-encoded) and, with SESSION_STATE_CHANGED, the session-track block.
/// </summary>
public static class OkPacket
{
    private const byte SessionTrackSchema = 1;

    public static void Write(
        PacketWriter writer,
        ulong affectedRows,
        ulong lastInsertId,
        ServerStatusFlags status,
        int warnings,
        Capabilities capabilities,
        string? info = null,
        string? changedSchema = null,
        bool eofHeader = false)
    {
        bool sessionTrack = (capabilities & Capabilities.SessionTrack) != 0 && changedSchema is not null;
        if (sessionTrack)
        {
            status |= ServerStatusFlags.SessionStateChanged;
        }
        writer.StartPacket();
        writer.WriteByte(eofHeader ? (byte)0xFE : (byte)0x00);
        writer.WriteLengthEncodedInteger(affectedRows);
        writer.WriteLengthEncodedInteger(lastInsertId);
        writer.WriteUInt16((ushort)status);
        writer.WriteUInt16((ushort)Math.Clamp(warnings, 0, ushort.MaxValue));
        if (sessionTrack || !string.IsNullOrEmpty(info))
        {
            writer.WriteLengthEncodedString(info ?? "");
        }
        if (sessionTrack)
        {
            int nameLength = System.Text.Encoding.UTF8.GetByteCount(changedSchema!);
            int entryLength = Encoding.LengthEncoded.GetIntegerLength((ulong)nameLength) + nameLength;
            int blockLength = 1 + Encoding.LengthEncoded.GetIntegerLength((ulong)entryLength) + entryLength;
            writer.WriteLengthEncodedInteger((ulong)blockLength);
            writer.WriteByte(SessionTrackSchema);
            writer.WriteLengthEncodedInteger((ulong)entryLength);
            writer.WriteLengthEncodedString(changedSchema!);
        }
        writer.FinishPacket();
    }
}
