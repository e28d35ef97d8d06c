using MiniAurora.Protocol.Encoding;
using MiniAurora.Protocol.Framing;

namespace MiniAurora.Protocol.Tests.Encoding;

[TestFixture]
public sealed class LengthEncodedTests
{
    [TestCase(0UL, "00")]
    [TestCase(250UL, "FA")]
    [TestCase(251UL, "FC FB00")]
    [TestCase(65535UL, "FC FFFF")]
    [TestCase(65536UL, "FD 000001")]
    [TestCase(16777215UL, "FD FFFFFF")]
    [TestCase(16777216UL, "FE 0000000100000000")]
    [TestCase(ulong.MaxValue, "FE FFFFFFFFFFFFFFFF")]
    public void WriteInteger_Value_UsesShortestPrefix(ulong value, string expected)
    {
        Span<byte> buffer = stackalloc byte[9];
        int written = LengthEncoded.WriteInteger(buffer, value);
        Assert.That(Hex.Format(buffer[..written]), Is.EqualTo(Hex.Normalize(expected)));
        Assert.That(LengthEncoded.GetIntegerLength(value), Is.EqualTo(written));
        Assert.That(LengthEncoded.ReadInteger(buffer[..written], out int consumed), Is.EqualTo(value));
        Assert.That(consumed, Is.EqualTo(written));
    }

    [TestCase("FB")]
    [TestCase("FF")]
    [TestCase("")]
    [TestCase("FC 01")]
    [TestCase("FD 0102")]
    [TestCase("FE 01020304050607")]
    public void ReadInteger_InvalidOrTruncated_ThrowsProtocolViolation(string hex)
    {
        var bytes = Hex.Parse(hex);
        Assert.Throws<ProtocolViolationException>(() => LengthEncoded.ReadInteger(bytes, out _));
    }

    [TestCase("03 616263", "abc")]
    [TestCase("00", "")]
    public void PayloadReader_LengthEncodedString_ReadsUtf8(string hex, string expected)
    {
        var reader = new PayloadReader(Hex.Parse(hex));
        Assert.That(reader.ReadLengthEncodedString(), Is.EqualTo(expected));
        Assert.That(reader.Remaining, Is.Zero);
    }

    [Test]
    public void PayloadReader_LengthBeyondPayload_Throws()
    {
        var bytes = Hex.Parse("05 6162");
        Assert.Throws<ProtocolViolationException>(() => new PayloadReader(bytes).ReadLengthEncodedBytes());
    }

    [Test]
    public void PacketWriter_LengthEncodedString_WritesUtf8ByteLength()
    {
        var payload = Framing.WriterHelpers.CaptureRow(w => w.WriteLengthEncodedString("✓a"));
        Assert.That(Hex.Format(payload), Is.EqualTo("04E29C9361"));
    }
}
