using System.Text;
using MiniAurora.Core.Text;

namespace MiniAurora.Core.Tests;

[TestFixture]
public sealed class LosslessUtf8Tests
{
    [TestCase(new byte[] { 0x61, 0x62 })]
    [TestCase(new byte[] { 0x00, 0x01, 0x02, 0xFF })]
    [TestCase(new byte[] { 0xC3, 0xA9, 0xFF, 0xE2, 0x98, 0x83, 0x80, 0xF0, 0x9F, 0x98, 0x80 })]
    [TestCase(new byte[] { 0xE2, 0x98 })]
    public void Bytes_RoundTripExactly(byte[] bytes)
    {
        var text = LosslessUtf8.GetString(bytes);
        Assert.Multiple(() =>
        {
            Assert.That(LosslessUtf8.GetBytes(text), Is.EqualTo(bytes));
            Assert.That(LosslessUtf8.GetByteCount(text), Is.EqualTo(bytes.Length));
        });
    }

    [Test]
    public void ValidUtf8_DecodesAsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("SELECT 'héllo ☃ 😀'");
        Assert.That(LosslessUtf8.GetString(bytes), Is.EqualTo("SELECT 'héllo ☃ 😀'"));
    }

    [Test]
    public void InvalidByte_BecomesOneEscapeCharNotReplacementChar()
    {
        var text = LosslessUtf8.GetString([0x27, 0xFF, 0x27]);
        Assert.That(text, Is.EqualTo("'\uDCFF'"));
    }
}
