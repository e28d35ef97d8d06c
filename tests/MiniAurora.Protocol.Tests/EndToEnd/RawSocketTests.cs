using MiniAurora.Protocol.Tests.Fakes;

namespace MiniAurora.Protocol.Tests.EndToEnd;

/// <summary>Hand-made packets over a real socket: malformed, out of order, oversized, pipelined, idle.</summary>
[TestFixture]
[CancelAfter(30_000)]
public sealed class RawSocketTests
{
    private static readonly TimeSpan s_closeWait = TimeSpan.FromSeconds(5);

    private static byte[] Command(byte command, string text = "") => [command, .. System.Text.Encoding.UTF8.GetBytes(text)];

    [Test]
    public async Task Login_AsRoot_ReturnsOkWithAutocommit()
    {
        await using var server = new TestServer();
        await using var client = await RawClient.ConnectAsync(server.Port);
        var ok = await client.LoginAsync();
        Assert.That(Hex.Format(ok), Is.EqualTo("00000002000000"));
        Assert.That(client.Greeting!.ServerVersion, Is.EqualTo("8.0.39-MiniAurora"));
        Assert.That(client.Greeting.Capabilities.HasFlag(Capabilities.Ssl), Is.True);
        Assert.That(client.Greeting.CharacterSet, Is.EqualTo(255));
        Assert.That(client.Greeting.Scramble, Has.Length.EqualTo(20).And.All.Not.EqualTo(0));
    }

    [Test]
    public async Task Handshake_Garbage_Gets1043AndClose()
    {
        await using var server = new TestServer();
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.ReadPacketAsync();
        await client.SendAsync(1, [1, 2, 3, 4, 5]);
        var (_, err) = await client.ReadPacketAsync();
        Assert.That(Hex.Format(err.AsSpan(0, 3)), Is.EqualTo("FF1304"));
        Assert.That(await client.IsClosedByServerAsync(s_closeWait), Is.True);
        await server.WaitForConnectionsAsync(s_closeWait);
    }

    [Test]
    public async Task Handshake_NothingSent_ClosesAfterConnectTimeout()
    {
        await using var server = new TestServer(new ProtocolServerOptions { ConnectTimeout = TimeSpan.FromMilliseconds(300) });
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.ReadPacketAsync();
        Assert.That(await client.IsClosedByServerAsync(s_closeWait), Is.True);
    }

    [Test]
    public async Task Command_UnknownByte_Gets1047AndConnectionStaysUsable()
    {
        await using var server = new TestServer();
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.LoginAsync();
        await client.SendAsync(0, [0x55]);
        var (sequence, err) = await client.ReadPacketAsync();
        Assert.That(sequence, Is.EqualTo(1));
        Assert.That(Hex.Format(err.AsSpan(0, 3)), Is.EqualTo("FF1704"));
        await client.SendAsync(0, [0x0E]);
        var (_, ok) = await client.ReadPacketAsync();
        Assert.That(ok[0], Is.EqualTo(0));
    }

    [Test]
    public async Task Command_EmptyOrTruncatedPayloads_AnswerWithErrors()
    {
        await using var server = new TestServer();
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.LoginAsync();
        await client.SendAsync(0, []);
        Assert.That((await client.ReadPacketAsync()).Payload[0], Is.EqualTo(0xFF));
        await client.SendAsync(0, Command(0x16, "SELECT ?"));
        var (_, prepareOk) = await client.ReadPacketAsync();
        Assert.That(prepareOk[0], Is.EqualTo(0));
        await client.ReadPacketAsync();
        await client.ReadPacketAsync();
        // COM_STMT_EXECUTE for statement 1 with one parameter, cut off inside the value.
        await client.SendAsync(0, [0x17, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 8, 0, 1, 2]);
        var (_, err) = await client.ReadPacketAsync();
        Assert.That(Hex.Format(err.AsSpan(0, 3)), Is.EqualTo("FF2B07"), "ER_MALFORMED_PACKET 1835");
        await client.SendAsync(0, [0x17, 9, 0, 0, 0, 0, 1, 0, 0, 0]);
        (_, err) = await client.ReadPacketAsync();
        Assert.That(Hex.Format(err.AsSpan(0, 3)), Is.EqualTo("FFDB04"), "ER_UNKNOWN_STMT_HANDLER 1243");
        await client.SendAsync(0, [0x0E]);
        Assert.That((await client.ReadPacketAsync()).Payload[0], Is.EqualTo(0));
    }

    [Test]
    public async Task Command_OutOfOrderSequence_ClosesWithoutAnswer()
    {
        await using var server = new TestServer();
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.LoginAsync();
        await client.SendAsync(3, [0x0E]);
        Assert.That(await client.IsClosedByServerAsync(s_closeWait), Is.True);
        await server.WaitForConnectionsAsync(s_closeWait);
        Assert.That(server.Factory.Created.Single().Disposed, Is.True);
    }

    [Test]
    public async Task Command_OverMaxAllowedPacket_Gets1153AndClose()
    {
        await using var server = new TestServer(new ProtocolServerOptions { MaxAllowedPacket = 1024 });
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.LoginAsync();
        await client.SendRawAsync([0x00, 0x10, 0x00, 0x00, 0x03]);
        var (_, err) = await client.ReadPacketAsync();
        Assert.That(Hex.Format(err.AsSpan(0, 3)), Is.EqualTo("FF8104"));
        Assert.That(await client.IsClosedByServerAsync(s_closeWait), Is.True);
    }

    [Test]
    public async Task Command_SeveralPipelinedInOneWrite_AreAllServed()
    {
        await using var server = new TestServer();
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.LoginAsync();
        var bytes = new List<byte>();
        foreach (var payload in new[] { Command(0x0E), Command(0x03, "SELECT 1+1"), Command(0x0E), Command(0x03, "BEGIN") })
        {
            bytes.AddRange([(byte)payload.Length, 0, 0, 0]);
            bytes.AddRange(payload);
        }
        await client.SendRawAsync([.. bytes]);
        Assert.That((await client.ReadPacketAsync()).Payload[0], Is.EqualTo(0x00), "ping");
        Assert.That(Hex.Format((await client.ReadPacketAsync()).Payload), Is.EqualTo("01"), "column count");
        await client.ReadPacketAsync();
        Assert.That(Hex.Format((await client.ReadPacketAsync()).Payload), Is.EqualTo("0132"), "row '2'");
        Assert.That((await client.ReadPacketAsync()).Payload[0], Is.EqualTo(0xFE), "end of result");
        Assert.That((await client.ReadPacketAsync()).Payload[0], Is.EqualTo(0x00), "ping");
        var (_, ok) = await client.ReadPacketAsync();
        Assert.That(Hex.Format(ok), Is.EqualTo("00000003000000"), "BEGIN: autocommit + in transaction");
    }

    [Test]
    public async Task Command_WithoutDeprecateEof_SendsEofPackets()
    {
        await using var server = new TestServer();
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.LoginAsync(RawClient.DefaultCapabilities & ~Capabilities.DeprecateEof);
        await client.SendAsync(0, Command(0x03, "SELECT 1+1"));
        var sequence = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            sequence.Add(Hex.Format((await client.ReadPacketAsync()).Payload.AsSpan(0, 1)));
        }
        Assert.That(sequence, Is.EqualTo(new[] { "01", "03", "FE", "01", "FE" }));
    }

    [Test]
    public async Task Idle_PastWaitTimeout_ClosesSilently()
    {
        await using var server = new TestServer();
        server.Factory.WaitTimeout = TimeSpan.FromMilliseconds(300);
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.LoginAsync();
        Assert.That(await client.IsClosedByServerAsync(s_closeWait), Is.True);
        await server.WaitForConnectionsAsync(s_closeWait);
        Assert.That(server.Factory.Created.Single().Disposed, Is.True);
    }

    [Test]
    public async Task Quit_ClosesAndDisposesTheHandler()
    {
        await using var server = new TestServer();
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.LoginAsync();
        await client.SendAsync(0, [0x01]);
        Assert.That(await client.IsClosedByServerAsync(s_closeWait), Is.True);
        await server.WaitForConnectionsAsync(s_closeWait);
        Assert.That(server.Factory.Created.Single().Disposed, Is.True);
    }

    [Test]
    public async Task Commands_PingStatisticsInitDbFieldListSetOption_Answer()
    {
        await using var server = new TestServer();
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.LoginAsync();
        await client.SendAsync(0, Command(0x09));
        Assert.That(System.Text.Encoding.ASCII.GetString((await client.ReadPacketAsync()).Payload), Does.StartWith("Uptime:"));
        await client.SendAsync(0, Command(0x02, "nosuchdb"));
        Assert.That(Hex.Format((await client.ReadPacketAsync()).Payload.AsSpan(0, 3)), Is.EqualTo("FF1904"));
        await client.SendAsync(0, Command(0x04, "t\0"));
        Assert.That((await client.ReadPacketAsync()).Payload[0], Is.EqualTo(3), "column definition");
        Assert.That((await client.ReadPacketAsync()).Payload[0], Is.EqualTo(0xFE), "end");
        await client.SendAsync(0, [0x1B, 1, 0]);
        Assert.That((await client.ReadPacketAsync()).Payload[0], Is.EqualTo(0xFE), "set option");
        await client.SendAsync(0, [0x1F]);
        Assert.That((await client.ReadPacketAsync()).Payload[0], Is.EqualTo(0), "reset connection");
        await client.SendAsync(0, [0x0C, 5, 0, 0, 0]);
        Assert.That((await client.ReadPacketAsync()).Payload[0], Is.EqualTo(0), "kill");
    }

    [Test]
    public async Task RandomGarbage_AfterLogin_NeverCrashesTheServer()
    {
        await using var server = new TestServer(new ProtocolServerOptions { MaxAllowedPacket = 4096 });
        var random = new Random(7);
        for (int i = 0; i < 30; i++)
        {
            await using var client = await RawClient.ConnectAsync(server.Port);
            await client.LoginAsync();
            var garbage = new byte[random.Next(1, 300)];
            random.NextBytes(garbage);
            await client.SendRawAsync(garbage);
            await client.SendAsync(0, [0x01]);
        }
        await Task.Delay(200);
        await using (var check = await RawClient.ConnectAsync(server.Port))
        {
            Assert.That((await check.LoginAsync())[0], Is.EqualTo(0));
        }
        await server.DisposeAsync();
    }

    [Test]
    public async Task ChangeUser_RightThenWrongPassword_SwitchesThenCloses()
    {
        await using var server = new TestServer();
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.LoginAsync();
        var scramble = client.Greeting!.Scramble;
        await client.SendAsync(0, ChangeUser("native", FakeAccounts.NativeResponse("secret", scramble)));
        var (_, ok) = await client.ReadPacketAsync();
        Assert.That(ok[0], Is.EqualTo(0), "OK after COM_CHANGE_USER");
        await client.SendAsync(0, Command(0x03, "SELECT USER()"));
        await client.ReadPacketAsync();
        await client.ReadPacketAsync();
        var (_, row) = await client.ReadPacketAsync();
        Assert.That(System.Text.Encoding.UTF8.GetString(row.AsSpan(1)), Is.EqualTo("native@localhost"));
        await client.ReadPacketAsync();
        Assert.That(server.Factory.Created[0].Disposed, Is.True, "the first session ended");
        Assert.That(server.Factory.Created[1].Session.Database, Is.EqualTo("shop"));

        await client.SendAsync(0, ChangeUser("native", FakeAccounts.NativeResponse("wrong", scramble)));
        var (_, err) = await client.ReadPacketAsync();
        Assert.That(Hex.Format(err.AsSpan(0, 3)), Is.EqualTo("FF1504"));
        Assert.That(await client.IsClosedByServerAsync(s_closeWait), Is.True);
        await server.WaitForConnectionsAsync(s_closeWait);
        Assert.That(server.Factory.Created.All(h => h.Disposed), Is.True);
    }

    [Test]
    public async Task ChangeUser_ToCachingSha2Account_SwitchesPluginOverTheSameConnection()
    {
        await using var server = new TestServer();
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.LoginAsync();
        await client.SendAsync(0, ChangeUser("sha2", FakeAccounts.NativeResponse("s3cret-sha", client.Greeting!.Scramble)));
        var (sequence, switchRequest) = await client.ReadPacketAsync();
        Assert.That(switchRequest[0], Is.EqualTo(0xFE), "AuthSwitchRequest");
        Assert.That(System.Text.Encoding.ASCII.GetString(switchRequest, 1, 21), Is.EqualTo("caching_sha2_password"));
        await client.SendAsync((byte)(sequence + 1), FakeAccounts.Sha2Response("s3cret-sha", client.Greeting.Scramble));
        var (next, moreData) = await client.ReadPacketAsync();
        Assert.That(Hex.Format(moreData), Is.EqualTo("0104"), "not cached: perform full authentication");
        // No TLS and no key yet: ask for the public key, encrypt (password + NUL) XOR scramble with RSA-OAEP.
        await client.SendAsync((byte)(next + 1), [0x02]);
        var (keySequence, key) = await client.ReadPacketAsync();
        var pem = System.Text.Encoding.ASCII.GetString(key, 1, key.Length - 1);
        Assert.That(pem, Does.StartWith("-----BEGIN PUBLIC KEY-----"));
        using var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportFromPem(pem);
        var plain = System.Text.Encoding.UTF8.GetBytes("s3cret-sha\0");
        for (int i = 0; i < plain.Length; i++)
        {
            plain[i] ^= client.Greeting.Scramble[i % 20];
        }
        await client.SendAsync((byte)(keySequence + 1), rsa.Encrypt(plain, System.Security.Cryptography.RSAEncryptionPadding.OaepSHA1));
        var (_, ok) = await client.ReadPacketAsync();
        Assert.That(ok[0], Is.EqualTo(0));
    }

    [Test]
    public async Task Reject_BeforeGreeting_SendsErrWithSequenceZero()
    {
        using var stream = new MemoryStream();
        await ProtocolConnection.RejectAsync(stream, Core.Errors.MySqlErrors.Table[Core.Errors.ErrorCode.ER_CON_COUNT_ERROR].Exception(), CancellationToken.None);
        Assert.That(Hex.Format(stream.ToArray().AsSpan(0, 7)), Is.EqualTo("1D000000FF1004"));
    }

    private static byte[] ChangeUser(string user, byte[] authResponse) =>
        [0x11, .. System.Text.Encoding.UTF8.GetBytes(user), 0, (byte)authResponse.Length, .. authResponse, .. "shop\0"u8, 0x21, 0x00, .. "mysql_native_password\0"u8];

    // Once in about three runs a cancelled socket send stayed pending forever; the output now also aborts the
    // transport one write timeout after cancelling, and this test guards that.
    [Test]
    public async Task Write_ClientStopsReading_DisconnectsAfterWriteTimeout()
    {
        await using var server = new TestServer(new ProtocolServerOptions { WriteTimeout = TimeSpan.FromMilliseconds(500) });
        await using var client = await RawClient.ConnectAsync(server.Port);
        await client.LoginAsync();
        await client.SendAsync(0, Command(0x03, "SELECT MANY 3000000"));
        // Generous: the server must first fill the kernel's socket buffers, which takes long on a loaded CI machine.
        await server.WaitForConnectionsAsync(TimeSpan.FromSeconds(90));
        Assert.That(server.Factory.Created.Single().Disposed, Is.True);
    }
}
