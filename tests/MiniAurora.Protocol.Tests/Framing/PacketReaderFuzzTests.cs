using System.Buffers;
using MiniAurora.Protocol.Encoding;
using MiniAurora.Protocol.Framing;
using MiniAurora.Protocol.Payloads;

namespace MiniAurora.Protocol.Tests.Framing;

/// <summary>Random and truncated input must only ever produce the protocol's own exceptions.</summary>
[TestFixture]
public sealed class PacketReaderFuzzTests
{
    [Test]
    public void TryRead_RandomBytes_OnlyThrowsProtocolViolations()
    {
        var random = new Random(1234);
        for (int iteration = 0; iteration < 20_000; iteration++)
        {
            var bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            if (random.Next(3) == 0 && bytes.Length >= 4)
            {
                // Make plausible headers common: small length, sequence 0.
                bytes[0] = (byte)random.Next(0, bytes.Length);
                bytes[1] = 0;
                bytes[2] = 0;
                bytes[3] = 0;
            }
            var sequence = random.Next(2) == 0 || bytes.Length < 3
                ? new ReadOnlySequence<byte>(bytes)
                : PacketFramingTests.Segments(bytes, 1, Math.Max(2, bytes.Length / 2));
            try
            {
                while (PacketReader.TryRead(ref sequence, 0, 40, out var packet))
                {
                    Assert.That(packet.Payload.Length, Is.LessThanOrEqualTo(40));
                    packet.Dispose();
                }
            }
            catch (ProtocolViolationException)
            {
            }
        }
    }

    [Test]
    public void PayloadParsers_RandomOrTruncatedPayloads_OnlyThrowProtocolViolations()
    {
        var random = new Random(99);
        var valid = Hex.Parse(PayloadTests.HandshakeResponseHex);
        for (int iteration = 0; iteration < 20_000; iteration++)
        {
            byte[] payload;
            if (iteration % 2 == 0)
            {
                payload = valid[..random.Next(0, valid.Length)];
            }
            else
            {
                payload = (byte[])valid.Clone();
                payload[random.Next(payload.Length)] = (byte)random.Next(256);
                payload[random.Next(payload.Length)] = (byte)random.Next(256);
            }
            Swallow(() => HandshakeResponse41.Read(payload));
            Swallow(() => ChangeUserRequest.Read(payload, Capabilities.SecureConnection | Capabilities.PluginAuth));
            Swallow(() =>
            {
                var statement = new Commands.PreparedStatementState(1, random.Next(0, 5), 0);
                var reader = new PayloadReader(payload);
                BinaryParameterReader.Read(ref reader, statement, new Core.Values.SqlValue[statement.ParameterCount]);
            });
        }
    }

    private static void Swallow(Action action)
    {
        try
        {
            action();
        }
        catch (ProtocolViolationException)
        {
        }
    }
}
