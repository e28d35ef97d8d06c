using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Protocol.Framing;
using MiniAurora.Protocol.Payloads;
using MiniAurora.Protocol.Tests.Framing;

namespace MiniAurora.Protocol.Tests;

/// <summary>Byte tables for every packet the server writes or parses.</summary>
[TestFixture]
public sealed class PayloadTests
{
    /// <summary>A HandshakeResponse41 as MySQL 8 clients send it (lenenc auth data, db, plugin, one attribute).</summary>
    internal const string HandshakeResponseHex =
        "0DA23A00" + "00000001" + "FF" + "0000000000000000000000000000000000000000000000"
        + "726F6F7400"
        + "03 AABBCC"
        + "7465737400"
        + "6D7973716C5F6E61746976655F70617373776F726400"
        + "0E 0C 5F636C69656E745F6E616D65 00";

    [Test]
    public void HandshakeV10_Write_MatchesTheWireLayout()
    {
        var scramble = Hex.Parse("4142434445464748 494A4B4C4D4E4F5051525354");
        var handshake = new HandshakeV10("8.0", 1, scramble, Capabilities.Protocol41 | Capabilities.SecureConnection | Capabilities.PluginAuth,
            255, ServerStatusFlags.Autocommit, "mysql_native_password");
        var payload = WriterHelpers.CapturePayload(handshake.Write);
        Assert.That(Hex.Format(payload), Is.EqualTo(Hex.Normalize(
            "0A 382E3000 01000000 4142434445464748 00 0082 FF 0200 0800 15 00000000000000000000 494A4B4C4D4E4F5051525354 00 "
            + Hex.Ascii("mysql_native_password") + "00")));
        Assert.That(HandshakeV10.Read(payload), Is.EqualTo(handshake).Using<HandshakeV10>((a, b) =>
            a.ServerVersion == b.ServerVersion && a.Scramble.SequenceEqual(b.Scramble) && a.Capabilities == b.Capabilities && a.AuthPluginName == b.AuthPluginName));
    }

    [Test]
    public void HandshakeResponse41_Read_ParsesEveryField()
    {
        var response = HandshakeResponse41.Read(Hex.Parse(HandshakeResponseHex));
        Assert.Multiple(() =>
        {
            Assert.That(response.Capabilities.HasFlag(Capabilities.PluginAuthLenencClientData), Is.True);
            Assert.That(response.MaxPacketSize, Is.EqualTo(16777216));
            Assert.That(response.CharacterSet, Is.EqualTo(255));
            Assert.That(response.User, Is.EqualTo("root"));
            Assert.That(Hex.Format(response.AuthResponse), Is.EqualTo("AABBCC"));
            Assert.That(response.Database, Is.EqualTo("test"));
            Assert.That(response.AuthPluginName, Is.EqualTo("mysql_native_password"));
            Assert.That(response.Attributes["_client_name"], Is.EqualTo(""));
        });
    }

    [Test]
    public void HandshakeResponse41_SecureConnectionWithoutLenenc_ReadsOneByteLength()
    {
        var payload = Hex.Parse("05820800 00000001 21 0000000000000000000000000000000000000000000000 61 00 02 0102 6D7973716C5F6E61746976655F70617373776F726400");
        var response = HandshakeResponse41.Read(payload);
        Assert.That(response.User, Is.EqualTo("a"));
        Assert.That(Hex.Format(response.AuthResponse), Is.EqualTo("0102"));
        Assert.That(response.Database, Is.Null);
    }

    [Test]
    public void HandshakeResponse41_Pre41Client_IsRejected()
    {
        var payload = Hex.Parse("00800000" + "00000001 21 0000000000000000000000000000000000000000000000 6100 00");
        Assert.Throws<ProtocolViolationException>(() => HandshakeResponse41.Read(payload));
    }

    [TestCase(32, 0x0800u, true)]
    [TestCase(32, 0x0200u, false)]
    [TestCase(33, 0x0800u, false)]
    public void IsSslRequest_ChecksLengthAndFlag(int length, uint capabilities, bool expected)
    {
        var payload = new byte[length];
        BitConverter.GetBytes(capabilities).CopyTo(payload, 0);
        Assert.That(HandshakeResponse41.IsSslRequest(payload), Is.EqualTo(expected));
    }

    [TestCase(0UL, 0UL, (ushort)2, 0, null, null, false, "00 00 00 0200 0000")]
    [TestCase(1UL, 0UL, (ushort)2, 0, null, null, false, "00 01 00 0200 0000")]
    [TestCase(300UL, 42UL, (ushort)3, 1, "Rows matched: 1", null, false, "00 FC2C01 2A 0300 0100 0F 526F7773206D6174636865643A2031")]
    [TestCase(0UL, 0UL, (ushort)2, 0, null, "db", false, "00 00 00 0240 0000 00 05 01 03 02 6462")]
    [TestCase(0UL, 0UL, (ushort)0x22, 0, null, null, true, "FE 00 00 2200 0000")]
    public void OkPacket_Write_MatchesTheWireLayout(ulong affected, ulong insertId, ushort status, int warnings, string? info, string? schema, bool eof, string expected)
    {
        var payload = WriterHelpers.CapturePayload(w => OkPacket.Write(w, affected, insertId, (ServerStatusFlags)status, warnings,
            Capabilities.Protocol41 | Capabilities.SessionTrack, info, schema, eof));
        Assert.That(Hex.Format(payload), Is.EqualTo(Hex.Normalize(expected)));
    }

    [Test]
    public void OkPacket_SchemaWithoutSessionTrack_OmitsStateBlock()
    {
        var payload = WriterHelpers.CapturePayload(w => OkPacket.Write(w, 0, 0, ServerStatusFlags.Autocommit, 0, Capabilities.Protocol41, null, "db"));
        Assert.That(Hex.Format(payload), Is.EqualTo("0000000200" + "0000"));
    }

    [Test]
    public void ErrPacket_Write_HasNumberSqlStateAndMessage()
    {
        var payload = WriterHelpers.CapturePayload(w => ErrPacket.Write(w, 1045, "28000", "Denied"));
        Assert.That(Hex.Format(payload), Is.EqualTo(Hex.Normalize("FF 1504 23 3238303030 44656E696564")));
    }

    [Test]
    public void EofPacket_Write_HasWarningsAndStatus()
    {
        var payload = WriterHelpers.CapturePayload(w => EofPacket.Write(w, 3, ServerStatusFlags.Autocommit | ServerStatusFlags.MoreResultsExist));
        Assert.That(Hex.Format(payload), Is.EqualTo("FE03000A00"));
    }

    [Test]
    public void StmtPrepareOk_Write_MatchesTheWireLayout()
    {
        var payload = WriterHelpers.CapturePayload(w => StmtPrepareOk.Write(w, 1, 2, 3, 0));
        Assert.That(Hex.Format(payload), Is.EqualTo(Hex.Normalize("00 01000000 0200 0300 00 0000")));
    }

    [Test]
    public void AuthSwitchRequest_Write_HasPluginAndScramble()
    {
        var payload = WriterHelpers.CapturePayload(w => AuthSwitchRequest.Write(w, "caching_sha2_password", Hex.Parse("0102")));
        Assert.That(Hex.Format(payload), Is.EqualTo(Hex.Normalize("FE" + Hex.Ascii("caching_sha2_password") + "00 0102 00")));
    }

    private static IEnumerable<TestCaseData> ColumnDefinitionCases()
    {
        yield return new TestCaseData(new ResultColumn("c", ColumnType.VarChar(20), Table: "t", OrgTable: "t", Schema: "db"),
            "03646566 026462 0174 0174 0163 0163 0C FF00 50000000 FD 0000 00 0000").SetName("VarChar(20) utf8mb4");
        yield return new TestCaseData(new ResultColumn("id", ColumnType.Int, ColumnFlags.NotNull | ColumnFlags.PrimaryKey | ColumnFlags.AutoIncrement),
            "03646566 00 00 00 026964 026964 0C 3F00 0B000000 03 8302 00 0000").SetName("Int not null primary key auto_increment");
        yield return new TestCaseData(new ResultColumn("u", ColumnType.BigIntUnsigned),
            "03646566 00 00 00 0175 0175 0C 3F00 14000000 08 A000 00 0000").SetName("BigInt unsigned");
        yield return new TestCaseData(new ResultColumn("d", ColumnType.Decimal(10, 2)),
            "03646566 00 00 00 0164 0164 0C 3F00 0C000000 F6 8000 02 0000").SetName("Decimal(10,2)");
        yield return new TestCaseData(new ResultColumn("t", ColumnType.LongText),
            "03646566 00 00 00 0174 0174 0C FF00 FFFFFFFF FC 1000 00 0000").SetName("LongText");
        yield return new TestCaseData(new ResultColumn("b", ColumnType.LongBlob),
            "03646566 00 00 00 0162 0162 0C 3F00 FFFFFFFF FC 9000 00 0000").SetName("LongBlob");
        yield return new TestCaseData(new ResultColumn("x", ColumnType.Double),
            "03646566 00 00 00 0178 0178 0C 3F00 16000000 05 8000 1F 0000").SetName("Double");
        yield return new TestCaseData(new ResultColumn("dt", new ColumnType(SqlTypeKind.DateTime, Scale: 3)),
            "03646566 00 00 00 026474 026474 0C 3F00 17000000 0C 8000 03 0000").SetName("DateTime(3)");
        yield return new TestCaseData(new ResultColumn("e", new ColumnType(SqlTypeKind.Enum, Collation: Collation.Default) { Members = SqlList.Of("a", "bcd") }),
            "03646566 00 00 00 0165 0165 0C FF00 0C000000 FE 0001 00 0000").SetName("Enum('a','bcd')");
        yield return new TestCaseData(new ResultColumn("n", ColumnType.NullType),
            "03646566 00 00 00 016E 016E 0C 3F00 00000000 06 8000 00 0000").SetName("NULL");
        yield return new TestCaseData(new ResultColumn("c", new ColumnType(SqlTypeKind.Char, Length: 120, Collation: Collation.Latin1_swedish_ci)),
            "03646566 00 00 00 0163 0163 0C FF00 E0010000 FE 0000 00 0000").SetName("Char(120) latin1 is sent as utf8mb4");
    }

    [TestCaseSource(nameof(ColumnDefinitionCases))]
    public void ColumnDefinition41_Write_MatchesTheWireLayout(ResultColumn column, string expected)
    {
        var payload = WriterHelpers.CapturePayload(w => ColumnDefinition41.Write(w, column));
        Assert.That(Hex.Format(payload), Is.EqualTo(Hex.Normalize(expected)));
    }

    [Test]
    public void ChangeUserRequest_Read_ParsesFields()
    {
        var payload = Hex.Parse("626F6200 02 0A0B 73686F7000 2100 " + Hex.Ascii("mysql_native_password") + "00");
        var request = ChangeUserRequest.Read(payload, Capabilities.SecureConnection | Capabilities.PluginAuth);
        Assert.That(request, Is.EqualTo(new ChangeUserRequest("bob", request.AuthResponse, "shop", "mysql_native_password")));
        Assert.That(Hex.Format(request.AuthResponse), Is.EqualTo("0A0B"));
    }
}
