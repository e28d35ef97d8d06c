using MiniAurora.Protocol.Tests.Fakes;
using MySqlConnector;

namespace MiniAurora.Protocol.Tests.EndToEnd;

/// <summary>A real client (MySqlConnector) against the protocol over loopback, with the fake handler behind it.</summary>
[TestFixture]
[CancelAfter(60_000)]
public sealed class MySqlConnectorTests
{
    private TestServer _server = null!;

    [SetUp]
    public void SetUp() => _server = new TestServer();

    [TearDown]
    public async Task TearDownAsync() => await _server.DisposeAsync();

    [TestCase("SslMode=None")]
    [TestCase("SslMode=Required")]
    public async Task Query_SelectOnePlusOne_ReturnsTwo(string ssl)
    {
        await using var connection = new MySqlConnection(_server.ConnectionString(extra: ssl));
        await connection.OpenAsync();
        Assert.That(connection.ServerVersion, Is.EqualTo("8.0.39-MiniAurora"));
        await using var command = new MySqlCommand("SELECT 1+1", connection);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(2L));
    }

    [TestCase("native", "secret", "SslMode=None")]
    [TestCase("native", "secret", "SslMode=Required")]
    [TestCase("sha2", "s3cret-sha", "SslMode=Required")]
    [TestCase("sha2", "s3cret-sha", "SslMode=None;AllowPublicKeyRetrieval=true")]
    [TestCase("sha2empty", "", "SslMode=None")]
    public async Task Open_CorrectPassword_Succeeds(string user, string password, string extra)
    {
        for (int attempt = 0; attempt < 2; attempt++)
        {
            // The second login of a caching_sha2 account takes the fast path (its hash is cached now).
            await using var connection = new MySqlConnection(_server.ConnectionString(user, password, extra));
            await connection.OpenAsync();
            await using var command = new MySqlCommand("SELECT USER()", connection);
            Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(user + "@localhost"));
        }
    }

    [TestCase("native", "wrong", "YES")]
    [TestCase("sha2", "wrong", "YES")]
    [TestCase("nobody", "x", "YES")]
    [TestCase("native", "", "NO")]
    public void Open_WrongPasswordOrUnknownUser_Gets1045(string user, string password, string usingPassword)
    {
        using var connection = new MySqlConnection(_server.ConnectionString(user, password, "SslMode=Required"));
        var ex = Assert.ThrowsAsync<MySqlException>(() => connection.OpenAsync());
        Assert.That(ex!.Number, Is.EqualTo(1045));
        Assert.That(ex.Message, Is.EqualTo($"Access denied for user '{user}'@'localhost' (using password: {usingPassword})"));
    }

    [Test]
    public void Open_UnknownDatabase_Gets1049()
    {
        using var connection = new MySqlConnection(_server.ConnectionString(extra: "Database=nosuchdb"));
        var ex = Assert.ThrowsAsync<MySqlException>(() => connection.OpenAsync());
        Assert.That(ex!.Number, Is.EqualTo(1049));
    }

    [Test]
    public async Task Open_WithDatabase_PassesItToTheFactory()
    {
        await using var connection = new MySqlConnection(_server.ConnectionString(extra: "Database=shop"));
        await connection.OpenAsync();
        Assert.That(_server.Factory.Created.Single().Session.Database, Is.EqualTo("shop"));
        await connection.ChangeDatabaseAsync("other");
        await using var command = new MySqlCommand("SELECT DATABASE()", connection);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("other"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Query_AllTypes_DecodeAsMySqlTypes(bool prepared)
    {
        await using var connection = new MySqlConnection(_server.ConnectionString(extra: "SslMode=None;IgnorePrepare=false;AllowZeroDateTime=false"));
        await connection.OpenAsync();
        await using var command = new MySqlCommand("SELECT ALLTYPES", connection);
        if (prepared)
        {
            await command.PrepareAsync();
        }
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(reader.GetInt32(0), Is.EqualTo(-7));
            Assert.That(reader.GetInt64(1), Is.EqualTo(long.MinValue));
            Assert.That(reader.GetUInt64(2), Is.EqualTo(ulong.MaxValue));
            Assert.That(reader.GetSByte(3), Is.EqualTo(-128));
            Assert.That(reader.GetInt16(4), Is.EqualTo(32767));
            Assert.That(reader.GetDouble(5), Is.EqualTo(0.1 + 0.2));
            Assert.That(reader.GetFloat(6), Is.EqualTo(1.5f));
            Assert.That(reader.GetDecimal(7), Is.EqualTo(1234.50m));
            Assert.That(reader.GetString(8), Is.EqualTo("héllo wörld"));
            Assert.That(reader.GetString(9), Is.EqualTo("abc"));
            Assert.That(reader.GetString(10), Is.EqualTo("long text ✓"));
            Assert.That((byte[])reader.GetValue(11), Is.EqualTo(new byte[] { 0, 1, 2, 255 }));
            Assert.That((byte[])reader.GetValue(12), Is.EqualTo(new byte[] { 9, 8, 7 }));
            Assert.That(reader.GetDateTime(13), Is.EqualTo(new DateTime(2024, 2, 29)));
            Assert.That(reader.GetDateTime(14), Is.EqualTo(new DateTime(2024, 12, 31, 23, 59, 58).AddTicks(1234560)));
            Assert.That(reader.GetDateTime(15), Is.EqualTo(new DateTime(2001, 1, 2, 3, 4, 5)));
            Assert.That(reader.GetTimeSpan(16), Is.EqualTo(-new TimeSpan(1, 2, 3)));
            Assert.That(reader.GetInt32(17), Is.EqualTo(2025));
            Assert.That(reader.GetString(18), Is.EqualTo("{\"a\": 1}"));
            Assert.That(reader.IsDBNull(19), Is.True);
        });
        Assert.That(await reader.ReadAsync(), Is.False);
    }

    [Test]
    public async Task Prepared_Parameters_RoundTripEveryType()
    {
        await using var connection = new MySqlConnection(_server.ConnectionString(extra: "SslMode=None;IgnorePrepare=false"));
        await connection.OpenAsync();
        await using var command = new MySqlCommand("SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?", connection);
        command.Parameters.AddWithValue("@p0", 42);
        command.Parameters.AddWithValue("@p1", "text ✓");
        command.Parameters.AddWithValue("@p2", 2.5);
        command.Parameters.AddWithValue("@p3", 12.34m);
        command.Parameters.AddWithValue("@p4", new byte[] { 1, 2, 3 });
        command.Parameters.AddWithValue("@p5", new DateTime(2020, 5, 6, 7, 8, 9));
        command.Parameters.AddWithValue("@p6", DBNull.Value);
        command.Parameters.AddWithValue("@p7", ulong.MaxValue);
        command.Parameters.AddWithValue("@p8", new TimeSpan(0, 25, 1, 2, 500));
        await command.PrepareAsync();
        for (int run = 0; run < 2; run++)
        {
            await using var reader = await command.ExecuteReaderAsync();
            Assert.That(await reader.ReadAsync(), Is.True);
            Assert.Multiple(() =>
            {
                Assert.That(reader.GetInt64(0), Is.EqualTo(42));
                Assert.That(reader.GetString(1), Is.EqualTo("text ✓"));
                Assert.That(reader.GetDouble(2), Is.EqualTo(2.5));
                Assert.That(reader.GetDecimal(3), Is.EqualTo(12.34m));
                Assert.That((byte[])reader.GetValue(4), Is.EqualTo(new byte[] { 1, 2, 3 }));
                Assert.That(reader.GetDateTime(5), Is.EqualTo(new DateTime(2020, 5, 6, 7, 8, 9)));
                Assert.That(reader.IsDBNull(6), Is.True);
                Assert.That(reader.GetUInt64(7), Is.EqualTo(ulong.MaxValue));
                Assert.That(reader.GetTimeSpan(8), Is.EqualTo(new TimeSpan(0, 25, 1, 2, 500)));
            });
        }
    }

    [Test]
    public async Task Prepared_Insert_ReportsAffectedRows()
    {
        await using var connection = new MySqlConnection(_server.ConnectionString(extra: "SslMode=Required;IgnorePrepare=false"));
        await connection.OpenAsync();
        await using var command = new MySqlCommand("UPDATE t SET c=? WHERE id=?", connection);
        command.Parameters.AddWithValue("@c", "x");
        command.Parameters.AddWithValue("@id", 7);
        await command.PrepareAsync();
        Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(1));
        var handler = _server.Factory.Created.Single();
        Assert.That(handler.Executions.Single()[1].AsInt, Is.EqualTo(7));
    }

    [Test]
    public async Task Query_MultiStatements_ReturnsEveryResult()
    {
        await using var connection = new MySqlConnection(_server.ConnectionString(extra: "SslMode=None;AllowUserVariables=true"));
        await connection.OpenAsync();
        await using var command = new MySqlCommand("SELECT 1+1; INSERT INTO t VALUES (1); SELECT MANY 3", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True);
        Assert.That(reader.GetInt64(0), Is.EqualTo(2));
        Assert.That(await reader.NextResultAsync(), Is.True);
        Assert.That(await reader.ReadAsync(), Is.True);
        Assert.That(reader.GetString(1), Is.EqualTo("row number 0"));
        Assert.That(await reader.ReadAsync(), Is.True);
        Assert.That(await reader.ReadAsync(), Is.True);
        Assert.That(await reader.ReadAsync(), Is.False);
        Assert.That(await reader.NextResultAsync(), Is.False);
    }

    [Test]
    public async Task Query_Errors_KeepTheConnectionUsable()
    {
        await using var connection = new MySqlConnection(_server.ConnectionString(extra: "SslMode=None"));
        await connection.OpenAsync();
        foreach (var (sql, number) in new[] { ("ERROR", 1064), ("CRASH", 1815), ("ERROR MIDWAY", 1105) })
        {
            await using var command = new MySqlCommand(sql, connection);
            var ex = Assert.ThrowsAsync<MySqlException>(async () =>
            {
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                }
            });
            Assert.That(ex!.Number, Is.EqualTo(number), sql);
            await using var check = new MySqlCommand("SELECT 1+1", connection);
            Assert.That(await check.ExecuteScalarAsync(), Is.EqualTo(2L));
        }
    }

    [Test]
    public async Task Query_LargeResultAndLargeQuery_CrossThe16MiBBoundary()
    {
        await using var connection = new MySqlConnection(_server.ConnectionString(extra: "SslMode=None"));
        await connection.OpenAsync();
        await using (var command = new MySqlCommand("SELECT BIG 17000000", connection))
        {
            Assert.That(((string)(await command.ExecuteScalarAsync())!).Length, Is.EqualTo(17_000_000));
        }
        var sql = "SELECT LENGTH " + new string('y', 16 * 1024 * 1024 + 10);
        await using (var command = new MySqlCommand(sql, connection))
        {
            Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(16L * 1024 * 1024 + 10));
        }
        await using (var command = new MySqlCommand("SELECT MANY 20000", connection))
        {
            await using var reader = await command.ExecuteReaderAsync();
            int rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
            }
            Assert.That(rows, Is.EqualTo(20000));
        }
    }

    [Test]
    public async Task Pool_ResetConnectionAndPing_Work()
    {
        var cs = _server.ConnectionString(extra: "SslMode=None").Replace("Pooling=false", "Pooling=true;ConnectionReset=true", StringComparison.Ordinal);
        for (int i = 0; i < 3; i++)
        {
            await using var connection = new MySqlConnection(cs);
            await connection.OpenAsync();
            Assert.That(await connection.PingAsync(), Is.True);
            await using var command = new MySqlCommand("BEGIN", connection);
            await command.ExecuteNonQueryAsync();
        }
        await MySqlConnection.ClearAllPoolsAsync();
        Assert.That(_server.Factory.Created, Has.Count.EqualTo(1));
    }
}
