using MiniAurora.Core.Values;
using MiniAurora.Protocol.Commands;
using MiniAurora.Protocol.Encoding;
using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Tests.Encoding;

/// <summary>COM_STMT_EXECUTE parameter blocks (after statement id, flags and iteration count).</summary>
[TestFixture]
public sealed class BinaryParameterTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("01 00", "01", SqlValue.FromInt(1));
        yield return Case("01 80", "FF", SqlValue.FromInt(255));
        yield return Case("01 00", "FF", SqlValue.FromInt(-1));
        yield return Case("02 00", "FEFF", SqlValue.FromInt(-2));
        yield return Case("03 00", "FFFFFFFF", SqlValue.FromInt(-1));
        yield return Case("03 80", "FFFFFFFF", SqlValue.FromInt(uint.MaxValue));
        yield return Case("08 00", "0700000000000000", SqlValue.FromInt(7));
        yield return Case("08 80", "FFFFFFFFFFFFFFFF", SqlValue.FromUInt(ulong.MaxValue));
        yield return Case("05 00", "000000000000F83F", SqlValue.FromDouble(1.5));
        yield return Case("04 00", "0000C03F", SqlValue.FromDouble(1.5));
        yield return Case("F6 00", "04312E3530", SqlValue.FromDecimal(1.50m));
        yield return Case("FD 00", "03616263", SqlValue.FromString("abc"));
        yield return Case("FE 00", "02C3A9", SqlValue.FromString("é"));
        yield return Case("FC 00", "020001", SqlValue.FromBytes([0, 1]));
        yield return Case("FB 00", "00", SqlValue.FromBytes([]));
        yield return Case("0A 00", "04E807021D", SqlValue.FromDate(new MySqlDateTime(2024, 2, 29)));
        yield return Case("0C 00", "07E8070C1F173B3A", SqlValue.FromDateTime(new MySqlDateTime(2024, 12, 31, 23, 59, 58)));
        yield return Case("07 00", "0BE8070C1F173B3A01000000", SqlValue.FromDateTime(new MySqlDateTime(2024, 12, 31, 23, 59, 58, 1)));
        yield return Case("0C 00", "00", SqlValue.FromDateTime(new MySqlDateTime(0, 0, 0)));
        yield return Case("0B 00", "080100000000010203", SqlValue.FromTime(-3_723_000_000));
        yield return Case("0B 00", "0C000100000002000005000000", SqlValue.FromTime((26L * 3600 * 1_000_000) + 5));
        yield return Case("06 00", "", SqlValue.Null);
    }

    private static TestCaseData Case(string type, string value, SqlValue expected) =>
        new TestCaseData(type, value, expected).SetName($"type {type} value {value} → {expected}");

    [TestCaseSource(nameof(Cases))]
    public void Read_OneParameter_DecodesToSqlValue(string type, string value, SqlValue expected)
    {
        var statement = new PreparedStatementState(1, 1, 0);
        var values = Decode(statement, "00 01 " + type + value);
        Assert.That(values[0], Is.EqualTo(expected));
    }

    [Test]
    public void Read_NullBitmapAndTypesKeptFromPreviousExecute()
    {
        var statement = new PreparedStatementState(1, 3, 0);
        var first = Decode(statement, "04 01 0800 FD00 0800  0700000000000000 026869");
        Assert.That(first, Is.EqualTo(new[] { SqlValue.FromInt(7), SqlValue.FromString("hi"), SqlValue.Null }));

        // new-params-bound = 0: the types of the previous execute apply.
        var second = Decode(statement, "01 00 026F6B 0900000000000000");
        Assert.That(second, Is.EqualTo(new[] { SqlValue.Null, SqlValue.FromString("ok"), SqlValue.FromInt(9) }));
    }

    [Test]
    public void Read_WithoutEverBindingTypes_IsMalformed()
    {
        var statement = new PreparedStatementState(1, 1, 0);
        Assert.Throws<ProtocolViolationException>(() => Decode(statement, "00 00 01"));
    }

    [Test]
    public void Read_LongDataParameter_TakesTheAccumulatedBytes()
    {
        var statement = new PreparedStatementState(1, 2, 0);
        statement.AppendLongData(0, "he"u8);
        statement.AppendLongData(0, "llo"u8);
        var values = Decode(statement, "00 01 FC00 0300 05000000");
        Assert.That(values[0], Is.EqualTo(SqlValue.FromBytes("hello"u8.ToArray())));
        Assert.That(values[1], Is.EqualTo(SqlValue.FromInt(5)));
    }

    [Test]
    public void Read_TruncatedValue_IsMalformed()
    {
        var statement = new PreparedStatementState(1, 1, 0);
        Assert.Throws<ProtocolViolationException>(() => Decode(statement, "00 01 0800 0102"));
    }

    private static SqlValue[] Decode(PreparedStatementState statement, string hex)
    {
        var values = new SqlValue[statement.ParameterCount];
        var reader = new PayloadReader(Hex.Parse(hex));
        BinaryParameterReader.Read(ref reader, statement, values);
        Assert.That(reader.Remaining, Is.Zero, "every byte consumed");
        return values;
    }
}
