using System.Net.Sockets;
using MySqlConnector;

namespace MiniAurora.EndToEnd.Tests;

/// <summary>
/// Raw sockets sending what no client library would: garbage, truncated and out-of-sequence packets.
/// The server must answer or close as MySQL does and keep serving everyone else.
/// </summary>
[TestFixture]
public sealed class MalformedPacketTests
{
    private static async Task<(TcpClient Client, NetworkStream Stream)> ConnectAndReadGreetingAsync()
    {
        var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", SharedServer.Server.Port);
        var stream = client.GetStream();
        stream.ReadTimeout = 10_000;
        var header = new byte[4];
        await stream.ReadExactlyAsync(header);
        int length = header[0] | (header[1] << 8) | (header[2] << 16);
        var greeting = new byte[length];
        await stream.ReadExactlyAsync(greeting);
        Assert.That(greeting[0], Is.EqualTo(10), "HandshakeV10 protocol version");
        return (client, stream);
    }

    /// <summary>Reads until the server closes or sends something; returns the bytes seen (empty = closed).</summary>
    private static async Task<byte[]> ReadResponseAsync(NetworkStream stream)
    {
        var buffer = new byte[4096];
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            int n = await stream.ReadAsync(buffer, cts.Token);
            return buffer[..n];
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static async Task AssertServerStillServesAsync()
    {
        await using var c = new MySqlConnection(SharedServer.Server.ConnectionString());
        await c.OpenAsync();
        await using var cmd = new MySqlCommand("SELECT 1", c);
        Assert.That(Convert.ToInt32(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(1));
    }

    [Test]
    public async Task GarbageHandshakeResponse_GetsErrorOrCloseAndServerSurvives()
    {
        var (client, stream) = await ConnectAndReadGreetingAsync();
        using (client)
        {
            var junk = new byte[] { 5, 0, 0, 1, 0xde, 0xad, 0xbe, 0xef, 0x00 };
            await stream.WriteAsync(junk);
            var response = await ReadResponseAsync(stream);
            if (response.Length > 0)
            {
                Assert.That(response[4], Is.EqualTo(0xFF), "an ERR packet");
                Assert.That(response[5] | (response[6] << 8), Is.EqualTo(1043), "ER_HANDSHAKE_ERROR");
            }
        }
        await AssertServerStillServesAsync();
    }

    [Test]
    public async Task TruncatedPacketThenClose_DoesNotDisturbServer()
    {
        var (client, stream) = await ConnectAndReadGreetingAsync();
        await stream.WriteAsync(new byte[] { 0x40, 0, 0, 1, 1, 2, 3 });
        client.Dispose();
        await AssertServerStillServesAsync();
    }

    [Test]
    public async Task RandomBytes_ManyConnections_ServerSurvives()
    {
        var random = new Random(12345);
        for (int i = 0; i < 20; i++)
        {
            var (client, stream) = await ConnectAndReadGreetingAsync();
            using (client)
            {
                var bytes = new byte[random.Next(1, 300)];
                random.NextBytes(bytes);
                try
                {
                    await stream.WriteAsync(bytes);
                }
                catch (IOException)
                {
                }
            }
        }
        await AssertServerStillServesAsync();
    }

    [Test]
    public async Task UnknownCommand_Gets1047AndConnectionStaysUsable()
    {
        var (client, stream) = await ConnectAndReadGreetingAsync();
        using (client)
        {
            // HandshakeResponse41 for root with an empty password (the shared server's root has none).
            var body = new List<byte>();
            uint caps = 0x00000001 | 0x00000200 | 0x00008000 | 0x00080000; // LONG_PASSWORD, PROTOCOL_41, SECURE_CONNECTION, PLUGIN_AUTH
            body.AddRange(BitConverter.GetBytes(caps));
            body.AddRange(BitConverter.GetBytes(16 * 1024 * 1024));
            body.Add(255);
            body.AddRange(new byte[23]);
            body.AddRange("root\0"u8.ToArray());
            body.Add(0);
            body.AddRange("mysql_native_password\0"u8.ToArray());
            await stream.WriteAsync(Packet(1, [.. body]));
            var ok = await ReadResponseAsync(stream);
            Assert.That(ok[4], Is.EqualTo(0x00), "OK after authentication");

            await stream.WriteAsync(Packet(0, [0x99]));
            var err = await ReadResponseAsync(stream);
            Assert.That(err[4], Is.EqualTo(0xFF), "ERR for an unknown command");
            Assert.That(err[5] | (err[6] << 8), Is.EqualTo(1047), "ER_UNKNOWN_COM_ERROR");

            await stream.WriteAsync(Packet(0, [0x0e])); // COM_PING still answered
            var pong = await ReadResponseAsync(stream);
            Assert.That(pong[4], Is.EqualTo(0x00));
        }
        await AssertServerStillServesAsync();
    }

    private static byte[] Packet(byte sequence, byte[] payload) =>
        [(byte)payload.Length, (byte)(payload.Length >> 8), (byte)(payload.Length >> 16), sequence, .. payload];
}
