using MiniAurora.Core.Values;
using MiniAurora.Protocol.Encoding;
using MiniAurora.Protocol.Tests.Framing;

namespace MiniAurora.Protocol.Tests.Encoding;

/// <summary>Text-protocol values: each must read exactly as mysqld prints it.</summary>
[TestFixture]
public sealed class TextRowTests
{
    private static readonly ColumnType s_float = new(SqlTypeKind.Float, Length: 12, Scale: 31);

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case(SqlValue.FromInt(0), ColumnType.Int, "0");
        yield return Case(SqlValue.FromInt(-42), ColumnType.Int, "-42");
        yield return Case(SqlValue.FromInt(long.MinValue), ColumnType.BigInt, "-9223372036854775808");
        yield return Case(SqlValue.FromUInt(ulong.MaxValue), ColumnType.BigIntUnsigned, "18446744073709551615");
        yield return Case(SqlValue.FromInt(7), new ColumnType(SqlTypeKind.Int, Length: 5, ZeroFill: true), "00007");
        yield return Case(SqlValue.FromDouble(0.1 + 0.2), ColumnType.Double, "0.30000000000000004");
        yield return Case(SqlValue.FromDouble(1.0 / 3), ColumnType.Double, "0.3333333333333333");
        yield return Case(SqlValue.FromDouble(-2.5), ColumnType.Double, "-2.5");
        yield return Case(SqlValue.FromDouble(100), ColumnType.Double, "100");
        yield return Case(SqlValue.FromDouble(1e14), ColumnType.Double, "100000000000000");
        yield return Case(SqlValue.FromDouble(1e15), ColumnType.Double, "1e15");
        yield return Case(SqlValue.FromDouble(1e21), ColumnType.Double, "1e21");
        yield return Case(SqlValue.FromDouble(123456789012345678), ColumnType.Double, "1.2345678901234568e17");
        yield return Case(SqlValue.FromDouble(0.0001), ColumnType.Double, "0.0001");
        yield return Case(SqlValue.FromDouble(0.00001), ColumnType.Double, "1e-5");
        yield return Case(SqlValue.FromDouble(1.5e-7), ColumnType.Double, "1.5e-7");
        yield return Case(SqlValue.FromDouble(-1.7976931348623157e308), ColumnType.Double, "-1.7976931348623157e308");
        yield return Case(SqlValue.FromDouble(1.1f), s_float, "1.1");
        yield return Case(SqlValue.FromDouble(3.14159), new ColumnType(SqlTypeKind.Double, Length: 10, Scale: 2), "3.14");
        yield return Case(SqlValue.FromDecimal(1234.5m), ColumnType.Decimal(10, 2), "1234.50");
        yield return Case(SqlValue.FromDecimal(-0.005m), ColumnType.Decimal(10, 2), "-0.01");
        yield return Case(SqlValue.FromDecimal(3m), ColumnType.Decimal(10, 0), "3");
        yield return Case(SqlValue.FromDecimal(2.50m), ColumnType.LongText, "2.50");
        yield return Case(SqlValue.FromInt(15), ColumnType.Decimal(32, 0), "15");
        yield return Case(SqlValue.FromInt(15), ColumnType.Decimal(32, 2), "15.00");
        yield return Case(SqlValue.FromDouble(2.345), ColumnType.Decimal(10, 2), "2.35");
        yield return Case(SqlValue.FromDate(new MySqlDateTime(2024, 2, 29)), new ColumnType(SqlTypeKind.Date), "2024-02-29");
        yield return Case(SqlValue.FromDate(new MySqlDateTime(0, 0, 0)), new ColumnType(SqlTypeKind.Date), "0000-00-00");
        yield return Case(SqlValue.FromDateTime(new MySqlDateTime(2024, 1, 2, 3, 4, 5, 120000)), new ColumnType(SqlTypeKind.DateTime), "2024-01-02 03:04:05");
        yield return Case(SqlValue.FromDateTime(new MySqlDateTime(2024, 1, 2, 3, 4, 5, 120000)), new ColumnType(SqlTypeKind.DateTime, Scale: 3), "2024-01-02 03:04:05.120");
        yield return Case(SqlValue.FromDateTime(new MySqlDateTime(2024, 1, 2, 3, 4, 5, 1)), new ColumnType(SqlTypeKind.Timestamp, Scale: 6), "2024-01-02 03:04:05.000001");
        yield return Case(SqlValue.FromTime(-3_723_000_000), new ColumnType(SqlTypeKind.Time), "-01:02:03");
        yield return Case(SqlValue.FromTime(MySqlTime.MaxMicroseconds), new ColumnType(SqlTypeKind.Time), "838:59:59");
        yield return Case(SqlValue.FromTime(1_500_000), new ColumnType(SqlTypeKind.Time, Scale: 1), "00:00:01.5");
        yield return Case(SqlValue.FromInt(2025), new ColumnType(SqlTypeKind.Year), "2025");
        yield return Case(SqlValue.FromString("héllo"), ColumnType.VarChar(10), "héllo");
        yield return Case(SqlValue.FromJson("{\"a\": 1}"), ColumnType.Json, "{\"a\": 1}");
    }

    private static TestCaseData Case(SqlValue value, ColumnType type, string expected) =>
        new TestCaseData(value, type, expected).SetName($"{value.Kind} as {type.Kind} → {expected}");

    [TestCaseSource(nameof(Cases))]
    public void Write_Value_IsLengthEncodedMySqlText(SqlValue value, ColumnType type, string expected)
    {
        var payload = WriterHelpers.CaptureRow(w => TextValueWriter.Write(w, value, type));
        var text = System.Text.Encoding.UTF8.GetBytes(expected);
        Assert.That(payload[0], Is.EqualTo(text.Length));
        Assert.That(System.Text.Encoding.UTF8.GetString(payload.AsSpan(1)), Is.EqualTo(expected));
    }

    [Test]
    public void Write_Null_IsFB()
    {
        var payload = WriterHelpers.CaptureRow(w => TextValueWriter.Write(w, SqlValue.Null, ColumnType.Int));
        Assert.That(Hex.Format(payload), Is.EqualTo("FB"));
    }

    [Test]
    public void Write_Bytes_AreRaw()
    {
        var payload = WriterHelpers.CaptureRow(w => TextValueWriter.Write(w, SqlValue.FromBytes([0, 0xFF, 0x10]), ColumnType.LongBlob));
        Assert.That(Hex.Format(payload), Is.EqualTo("0300FF10"));
    }

    [Test]
    public void Write_Bit_IsBigEndianBytes()
    {
        var payload = WriterHelpers.CaptureRow(w => TextValueWriter.Write(w, SqlValue.FromInt(0x0102), new ColumnType(SqlTypeKind.Bit, Length: 10)));
        Assert.That(Hex.Format(payload), Is.EqualTo("020102"));
    }

    [Test]
    public void Write_LongString_UsesMultiByteLengthPrefix()
    {
        var payload = WriterHelpers.CaptureRow(w => TextValueWriter.Write(w, SqlValue.FromString(new string('a', 300)), ColumnType.LongText));
        Assert.That(Hex.Format(payload.AsSpan(0, 3)), Is.EqualTo("FC2C01"));
        Assert.That(payload, Has.Length.EqualTo(303));
    }
}
