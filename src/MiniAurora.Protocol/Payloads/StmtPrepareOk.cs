using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Payloads;

/// <summary>COM_STMT_PREPARE_OK: 0x00, statement id (4), column count (2), parameter count (2), filler, warnings (2).</summary>
public static class StmtPrepareOk
{
    public static void Write(PacketWriter writer, uint statementId, int columnCount, int parameterCount, int warnings)
    {
        writer.StartPacket();
        writer.WriteByte(0);
        writer.WriteUInt32(statementId);
        writer.WriteUInt16((ushort)columnCount);
        writer.WriteUInt16((ushort)parameterCount);
        writer.WriteByte(0);
        writer.WriteUInt16((ushort)Math.Clamp(warnings, 0, ushort.MaxValue));
        writer.FinishPacket();
    }
}
