using System.IO.Pipelines;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Tests.Encoding;

/// <summary>Binary-protocol rows (COM_STMT_EXECUTE results): null bitmap at offset 2, values per column type.</summary>
[TestFixture]
public sealed class BinaryRowTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case(ColumnType.Int, SqlValue.FromInt(-2), "FEFFFFFF");
        yield return Case(ColumnType.BigInt, SqlValue.FromInt(5), "0500000000000000");
        yield return Case(ColumnType.BigIntUnsigned, SqlValue.FromUInt(ulong.MaxValue), "FFFFFFFFFFFFFFFF");
        yield return Case(new ColumnType(SqlTypeKind.TinyInt), SqlValue.FromInt(-1), "FF");
        yield return Case(new ColumnType(SqlTypeKind.SmallInt), SqlValue.FromInt(258), "0201");
        yield return Case(new ColumnType(SqlTypeKind.MediumInt), SqlValue.FromInt(1), "01000000");
        yield return Case(new ColumnType(SqlTypeKind.Year), SqlValue.FromInt(2024), "E807");
        yield return Case(ColumnType.Double, SqlValue.FromDouble(1.0), "000000000000F03F");
        yield return Case(new ColumnType(SqlTypeKind.Float), SqlValue.FromDouble(1.0), "0000803F");
        yield return Case(ColumnType.Decimal(5, 2), SqlValue.FromDecimal(1.5m), "04312E3530");
        yield return Case(ColumnType.VarChar(5), SqlValue.FromString("ab"), "026162");
        yield return Case(new ColumnType(SqlTypeKind.Date), SqlValue.FromDate(new MySqlDateTime(2024, 2, 29)), "04E807021D");
        yield return Case(new ColumnType(SqlTypeKind.Date), SqlValue.FromDate(new MySqlDateTime(0, 0, 0)), "00");
        yield return Case(new ColumnType(SqlTypeKind.DateTime), SqlValue.FromDateTime(new MySqlDateTime(2024, 12, 31)), "04E8070C1F");
        yield return Case(new ColumnType(SqlTypeKind.DateTime), SqlValue.FromDateTime(new MySqlDateTime(2024, 12, 31, 23, 59, 58)), "07E8070C1F173B3A");
        yield return Case(new ColumnType(SqlTypeKind.DateTime, Scale: 6), SqlValue.FromDateTime(new MySqlDateTime(2024, 12, 31, 23, 59, 58, 1)), "0BE8070C1F173B3A01000000");
        yield return Case(new ColumnType(SqlTypeKind.Time), SqlValue.FromTime(-3_723_000_000), "080100000000010203");
        yield return Case(new ColumnType(SqlTypeKind.Time), SqlValue.FromTime((26L * 3600 * 1_000_000) + 5), "0C000100000002000005000000");
        yield return Case(new ColumnType(SqlTypeKind.Time), SqlValue.FromTime(0), "00");
    }

    private static TestCaseData Case(ColumnType type, SqlValue value, string expected) =>
        new TestCaseData(type, value, expected).SetName($"{type.Kind} {value} → {expected}");

    [TestCaseSource(nameof(Cases))]
    public void WriteRow_SingleValue_UsesTheColumnTypesBinaryEncoding(ColumnType type, SqlValue value, string expected)
    {
        var payload = WriteBinaryRow([new ResultColumn("c", type)], [value]);
        Assert.That(Hex.Format(payload), Is.EqualTo("00" + "00" + Hex.Normalize(expected)));
    }

    [Test]
    public void WriteRow_NullsSetBitmapBitsFromOffsetTwo()
    {
        var columns = Enumerable.Range(0, 8).Select(i => new ResultColumn("c" + i, ColumnType.Int)).ToArray();
        var row = Enumerable.Range(0, 8).Select(i => i is 0 or 6 or 7 ? SqlValue.Null : SqlValue.FromInt(i)).ToArray();
        var payload = WriteBinaryRow(columns, row);
        // Bits 2 (column 0), 8 (column 6) and 9 (column 7): 0x04, 0x03.
        Assert.That(Hex.Format(payload.AsSpan(0, 3)), Is.EqualTo("000403"));
        Assert.That(payload, Has.Length.EqualTo(3 + (5 * 4)));
    }

    private static byte[] WriteBinaryRow(ResultColumn[] columns, SqlValue[] row)
    {
        var writer = new PacketWriter();
        using var output = new ProtocolOutput(writer, PipeWriter.Create(Stream.Null), TimeProvider.System, TimeSpan.FromSeconds(5));
        var sink = new ProtocolResultSink(output);
        sink.Begin(new FixedStatus(), Capabilities.Protocol41 | Capabilities.DeprecateEof, binary: true);
        sink.StartResultSet(columns);
        writer.Reset();
        sink.WriteRow(row);
        var bytes = writer.WrittenMemory.ToArray();
        return bytes[4..];
    }

    private sealed class FixedStatus : IStatementStatus
    {
        public bool InTransaction => false;

        public bool Autocommit => true;

        public int WarningCount => 0;

        public string? ChangedSchema => null;
    }
}
