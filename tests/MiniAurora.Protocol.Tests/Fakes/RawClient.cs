using System.Net.Sockets;
using MiniAurora.Protocol.Payloads;

namespace MiniAurora.Protocol.Tests.Fakes;

/// <summary>A byte-level client for malformed-packet tests: sends exactly what a test says.</summary>
internal sealed class RawClient : IAsyncDisposable
{
    private readonly TcpClient _client = new();
    private NetworkStream _stream = null!;

    public const Capabilities DefaultCapabilities = Capabilities.Protocol41 | Capabilities.SecureConnection | Capabilities.PluginAuth
        | Capabilities.PluginAuthLenencClientData | Capabilities.DeprecateEof | Capabilities.MultiStatements | Capabilities.MultiResults
        | Capabilities.Transactions | Capabilities.LongPassword;

    public static async Task<RawClient> ConnectAsync(int port)
    {
        var client = new RawClient();
        await client._client.ConnectAsync("127.0.0.1", port);
        client._stream = client._client.GetStream();
        return client;
    }

    public HandshakeV10? Greeting { get; private set; }

    /// <summary>Reads the greeting and logs in as root with an empty password (mysql_native_password).</summary>
    public async Task<byte[]> LoginAsync(Capabilities capabilities = DefaultCapabilities, string user = "root")
    {
        var (_, greeting) = await ReadPacketAsync();
        Greeting = HandshakeV10.Read(greeting);
        var response = new List<byte>();
        response.AddRange(BitConverter.GetBytes((uint)capabilities));
        response.AddRange(BitConverter.GetBytes(16u * 1024 * 1024));
        response.Add(255);
        response.AddRange(new byte[23]);
        response.AddRange(System.Text.Encoding.UTF8.GetBytes(user));
        response.Add(0);
        response.Add(0);
        response.AddRange("mysql_native_password\0"u8.ToArray());
        await SendAsync(1, [.. response]);
        var (_, ok) = await ReadPacketAsync();
        return ok;
    }

    public async Task SendAsync(byte sequenceId, byte[] payload)
    {
        var packet = new byte[4 + payload.Length];
        packet[0] = (byte)payload.Length;
        packet[1] = (byte)(payload.Length >> 8);
        packet[2] = (byte)(payload.Length >> 16);
        packet[3] = sequenceId;
        payload.CopyTo(packet, 4);
        await SendRawAsync(packet);
    }

    public async Task SendRawAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    public async Task<(byte Sequence, byte[] Payload)> ReadPacketAsync()
    {
        var header = new byte[4];
        await _stream.ReadExactlyAsync(header);
        int length = header[0] | (header[1] << 8) | (header[2] << 16);
        var payload = new byte[length];
        await _stream.ReadExactlyAsync(payload);
        return (header[3], payload);
    }

    /// <summary>True when the server closed the connection (a read returns 0 bytes) within the timeout.</summary>
    public async Task<bool> IsClosedByServerAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var buffer = new byte[1];
        try
        {
            int read = await _stream.ReadAsync(buffer, cts.Token);
            return read == 0;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
