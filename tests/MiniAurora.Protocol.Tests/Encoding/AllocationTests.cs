using System.Buffers;
using MiniAurora.Core.Values;
using MiniAurora.Protocol.Encoding;
using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Tests.Encoding;

/// <summary>The hot paths must not allocate: cutting a packet out of a contiguous buffer and writing a text row.</summary>
[TestFixture]
public sealed class AllocationTests
{
    private static readonly SqlValue[] s_row =
    [
        SqlValue.FromInt(5012),
        SqlValue.FromString("68487932199-96439406143-93774651418-41631865787-96406072701"),
        SqlValue.FromDecimal(1234.50m),
        SqlValue.FromDouble(0.1),
        SqlValue.FromDateTime(new MySqlDateTime(2024, 1, 2, 3, 4, 5)),
        SqlValue.Null,
    ];

    private static readonly ColumnType[] s_types =
    [
        ColumnType.Int, new(SqlTypeKind.Char, Length: 120, Collation: Collation.Default), ColumnType.Decimal(10, 2), ColumnType.Double,
        new(SqlTypeKind.DateTime), ColumnType.Int,
    ];

    [Test]
    public void WriteTextRow_AfterWarmUp_AllocatesNothing()
    {
        var writer = new PacketWriter();
        WriteRows(writer, 10);
        long before = GC.GetAllocatedBytesForCurrentThread();
        WriteRows(writer, 1000);
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    [Test]
    public void TryRead_ContiguousPackets_AllocatesNothing()
    {
        var bytes = Hex.Parse("240000 00 03" + Hex.Ascii("SELECT c FROM sbtest1 WHERE id=5012") + "010000 00 0E");
        var warm = new ReadOnlySequence<byte>(bytes);
        PacketReader.TryRead(ref warm, 0, 1 << 20, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            var sequence = new ReadOnlySequence<byte>(bytes);
            while (PacketReader.TryRead(ref sequence, 0, 1 << 20, out var packet))
            {
                packet.Dispose();
            }
        }
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    private static void WriteRows(PacketWriter writer, int count)
    {
        for (int r = 0; r < count; r++)
        {
            writer.Reset();
            writer.StartPacket();
            for (int i = 0; i < s_row.Length; i++)
            {
                TextValueWriter.Write(writer, s_row[i], s_types[i]);
            }
            writer.FinishPacket();
        }
    }
}
