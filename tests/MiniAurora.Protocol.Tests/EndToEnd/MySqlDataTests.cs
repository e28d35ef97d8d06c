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

    [TestCase(false)]
    [TestCase(true)]
    public async Task AllTypes_DecodeInBothRowFormats(bool prepared)
    {
        await using var server = new TestServer();
        await using var connection = new MySqlConnection($"Server=127.0.0.1;Port={server.Port};User ID=root;Pooling=false;SslMode=Disabled");
        await connection.OpenAsync();
        await using var command = new MySqlCommand("SELECT ALLTYPES", connection);
        if (prepared)
        {
            await command.PrepareAsync();
        }
        await using var reader = (MySqlDataReader)await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(reader.GetInt32(0), Is.EqualTo(-7));
            Assert.That(reader.GetInt64(1), Is.EqualTo(long.MinValue));
            Assert.That(reader.GetUInt64(2), Is.EqualTo(ulong.MaxValue));
            Assert.That(reader.GetDouble(5), Is.EqualTo(0.1 + 0.2));
            Assert.That(reader.GetDecimal(7), Is.EqualTo(1234.50m));
            Assert.That(reader.GetString(8), Is.EqualTo("héllo wörld"));
            Assert.That(reader.GetString(10), Is.EqualTo("long text ✓"));
            Assert.That((byte[])reader.GetValue(11), Is.EqualTo(new byte[] { 0, 1, 2, 255 }));
            Assert.That(reader.GetDateTime(13), Is.EqualTo(new DateTime(2024, 2, 29)));
            Assert.That(reader.GetDateTime(14), Is.EqualTo(new DateTime(2024, 12, 31, 23, 59, 58).AddTicks(1234560)));
            Assert.That(reader.GetTimeSpan(16), Is.EqualTo(-new TimeSpan(1, 2, 3)));
            Assert.That(reader.GetString(18), Is.EqualTo("{\"a\": 1}"));
            Assert.That(reader.IsDBNull(19), Is.True);
        });
    }
}
