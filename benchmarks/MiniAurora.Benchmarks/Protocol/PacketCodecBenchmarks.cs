using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using MiniAurora.Core.Values;
using MiniAurora.Protocol.Encoding;
using MiniAurora.Protocol.Framing;

namespace MiniAurora.Benchmarks.Protocol;

/// <summary>
/// The two hottest protocol paths of a point-select workload: cutting a COM_QUERY packet out of the
/// receive buffer and decoding its SQL, and writing one text result row.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Protocol")]
public class PacketCodecBenchmarks
{
    private ReadOnlySequence<byte> _comQuery;
    private PacketWriter _writer = null!;
    private SqlValue[] _row = null!;
    private ColumnType[] _types = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sql = Encoding.UTF8.GetBytes("SELECT c FROM sbtest1 WHERE id=5012");
        var packet = new byte[4 + 1 + sql.Length];
        int length = 1 + sql.Length;
        packet[0] = (byte)length;
        packet[1] = (byte)(length >> 8);
        packet[2] = (byte)(length >> 16);
        packet[3] = 0;
        packet[4] = 0x03;
        sql.CopyTo(packet, 5);
        _comQuery = new ReadOnlySequence<byte>(packet);
        _writer = new PacketWriter();
        _row = [SqlValue.FromInt(5012), SqlValue.FromString("68487932199-96439406143-93774651418-41631865787-96406072701"), SqlValue.FromDecimal(1234.50m), SqlValue.Null];
        _types = [ColumnType.Int, new ColumnType(SqlTypeKind.Char, Length: 120, Collation: Collation.Default), ColumnType.Decimal(10, 2), ColumnType.Int];
    }

    [Benchmark]
    public int ParseComQuery()
    {
        var buffer = _comQuery;
        if (!PacketReader.TryRead(ref buffer, 0, 64 * 1024 * 1024, out var packet))
        {
            throw new InvalidOperationException("packet not cut");
        }
        var payload = packet.Payload;
        var text = Encoding.UTF8.GetString(payload.Span[1..]);
        packet.Dispose();
        return text.Length;
    }

    [Benchmark]
    public int WriteTextRow()
    {
        _writer.Reset();
        _writer.StartPacket();
        for (int i = 0; i < _row.Length; i++)
        {
            TextValueWriter.Write(_writer, _row[i], _types[i]);
        }
        _writer.FinishPacket();
        return _writer.BufferedBytes;
    }
}
