using MiniAurora.Core.Results;
using MiniAurora.Protocol.Encoding;
using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Payloads;

/// <summary>
/// Protocol::ColumnDefinition41: catalog "def", schema, table, org_table, name, org_name (length-encoded),
/// 0x0C, character set (2), column length in bytes (4), wire type (1), flags (2), decimals (1), two zero bytes;
/// COM_FIELD_LIST adds a length-encoded default value.
/// </summary>
public static class ColumnDefinition41
{
    private static ReadOnlySpan<byte> Catalog => "def"u8;

    public static void Write(PacketWriter writer, ResultColumn column, bool withDefault = false)
    {
        var type = column.Type;
        writer.StartPacket();
        writer.WriteLengthEncodedBytes(Catalog);
        writer.WriteLengthEncodedString(column.Schema);
        writer.WriteLengthEncodedString(column.Table);
        writer.WriteLengthEncodedString(column.OrgTable);
        writer.WriteLengthEncodedString(column.Name);
        writer.WriteLengthEncodedString(column.OriginalName);
        writer.WriteByte(0x0C);
        writer.WriteUInt16((ushort)ColumnTypeMapping.CharsetId(type));
        writer.WriteUInt32(ColumnTypeMapping.ColumnLength(type));
        writer.WriteByte((byte)ColumnTypeMapping.ToWireType(type.Kind));
        writer.WriteUInt16((ushort)ColumnTypeMapping.Flags(column));
        writer.WriteByte(ColumnTypeMapping.Decimals(type));
        writer.WriteZeros(2);
        if (withDefault)
        {
            writer.WriteByte(LengthEncoded.NullMarker);
        }
        writer.FinishPacket();
    }
}
