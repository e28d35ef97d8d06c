using MiniAurora.Protocol.Tests.Fakes;
using MySql.Data.MySqlClient;

namespace MiniAurora.Protocol.Tests.EndToEnd;

/// <summary>Oracle's MySql.Data client against the protocol (it sends a few setup queries on open; the fake handler answers them).</summary>
[TestFixture]
[CancelAfter(60_000)]
public sealed class MySqlDataTests
{
    [TestCase("SslMode=Disabled")]
    [TestCase("SslMode=Required")]
    public async Task Open_QueryAndPrepared_Work(string ssl)
    {
        await using var server = new TestServer();
        await using var connection = new MySqlConnection($"Server=127.0.0.1;Port={server.Port};User ID=native;Password=secret;Pooling=false;{ssl}");
        try
        {
            await connection.OpenAsync();
        }
        finally
        {
            TestContext.Out.WriteLine(string.Join("\n", server.Factory.Created.SelectMany(h => h.Queries)));
        }
        await using var command = new MySqlCommand("SELECT 1+1", connection);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(2L));
        await using var prepared = new MySqlCommand("SELECT ?", connection);
        prepared.Parameters.AddWithValue("p", 41);
        await prepared.PrepareAsync();
        Assert.That(await prepared.ExecuteScalarAsync(), Is.EqualTo(41L));
    }
}
