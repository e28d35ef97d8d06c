using MySqlConnector;

namespace MiniAurora.EndToEnd.Tests;

[TestFixture]
public sealed class MySqlConnectorTests
{
    private static MySqlConnection Open(string? database = null, string extra = "")
    {
        var c = new MySqlConnection(SharedServer.Server.ConnectionString(database: database, extra: extra));
        c.Open();
        return c;
    }

    private static async Task ExecAsync(MySqlConnection c, string sql)
    {
        await using var cmd = new MySqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }

    [Test]
    public async Task Connect_SelectVersionAndArithmetic_Answers()
    {
        await using var c = Open();
        await using var cmd = new MySqlCommand("SELECT VERSION(), 1+1", c);
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.That(await r.ReadAsync(), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(r.GetString(0), Is.EqualTo("8.0.39-MiniAurora"));
            Assert.That(r.GetInt64(1), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task MultiStatement_ReturnsEachResultSet()
    {
        await using var c = Open();
        await using var cmd = new MySqlCommand("SELECT 1 AS a; SELECT 'x' AS b, 2 AS c; DO 0; SELECT 3", c);
        await using var r = await cmd.ExecuteReaderAsync();
        var seen = new List<string>();
        do
        {
            while (await r.ReadAsync())
            {
                seen.Add(string.Join(",", Enumerable.Range(0, r.FieldCount).Select(i => r.GetValue(i).ToString())));
            }
        }
        while (await r.NextResultAsync());
        Assert.That(seen, Is.EqualTo(new[] { "1", "x,2", "3" }));
    }

    [Test]
    public async Task CreateInsertSelect_TextAndPrepared_AgreeAndRoundTrip()
    {
        await using var c = Open();
        await ExecAsync(c, "CREATE DATABASE IF NOT EXISTS e2e_rt");
        await ExecAsync(c, "USE e2e_rt");
        await ExecAsync(c, "DROP TABLE IF EXISTS t");
        await ExecAsync(c, """
            CREATE TABLE t (
              id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              ti TINYINT, si SMALLINT, mi MEDIUMINT, i INT, bi BIGINT, ubi BIGINT UNSIGNED,
              d DECIMAL(10,3), f FLOAT, db DOUBLE,
              ch CHAR(5), vc VARCHAR(50), tx TEXT, bn VARBINARY(8), bl BLOB,
              dt DATE, tm TIME, dtt DATETIME(3), ts TIMESTAMP NULL, y YEAR, e ENUM('a','b'), j JSON)
            """);
        await using (var insert = new MySqlCommand(
            "INSERT INTO t (ti,si,mi,i,bi,ubi,d,f,db,ch,vc,tx,bn,bl,dt,tm,dtt,ts,y,e,j) VALUES (@ti,@si,@mi,@i,@bi,@ubi,@d,@f,@db,@ch,@vc,@tx,@bn,@bl,@dt,@tm,@dtt,@ts,@y,@e,@j)", c))
        {
            insert.Parameters.AddWithValue("@ti", (sbyte)-5);
            insert.Parameters.AddWithValue("@si", (short)-300);
            insert.Parameters.AddWithValue("@mi", 70000);
            insert.Parameters.AddWithValue("@i", -2_000_000_000);
            insert.Parameters.AddWithValue("@bi", long.MinValue + 1);
            insert.Parameters.AddWithValue("@ubi", ulong.MaxValue);
            insert.Parameters.AddWithValue("@d", 1234567.891m);
            insert.Parameters.AddWithValue("@f", 1.5f);
            insert.Parameters.AddWithValue("@db", 2.25);
            insert.Parameters.AddWithValue("@ch", "abc");
            insert.Parameters.AddWithValue("@vc", "héllo wörld ☃");
            insert.Parameters.AddWithValue("@tx", new string('t', 1000));
            insert.Parameters.AddWithValue("@bn", new byte[] { 0, 1, 2, 255 });
            insert.Parameters.AddWithValue("@bl", new byte[] { 9, 8, 7 });
            insert.Parameters.AddWithValue("@dt", new DateTime(2024, 2, 29));
            insert.Parameters.AddWithValue("@tm", new TimeSpan(-1, -2, -3));
            insert.Parameters.AddWithValue("@dtt", new DateTime(2023, 12, 31, 23, 59, 58, 123));
            insert.Parameters.AddWithValue("@ts", new DateTime(2020, 1, 2, 3, 4, 5));
            insert.Parameters.AddWithValue("@y", 2024);
            insert.Parameters.AddWithValue("@e", "b");
            insert.Parameters.AddWithValue("@j", "{\"k\": [1, 2]}");
            Assert.That(await insert.ExecuteNonQueryAsync(), Is.EqualTo(1));
            Assert.That(insert.LastInsertedId, Is.EqualTo(1));
        }

        foreach (var prepared in new[] { false, true })
        {
            await using var cmd = new MySqlCommand("SELECT ti,si,mi,i,bi,ubi,d,f,db,ch,vc,tx,bn,bl,dt,tm,dtt,ts,y,e,j FROM t WHERE id = @id", c);
            cmd.Parameters.AddWithValue("@id", 1);
            if (prepared)
            {
                await cmd.PrepareAsync();
            }
            await using var r = await cmd.ExecuteReaderAsync();
            Assert.That(await r.ReadAsync(), Is.True, $"prepared={prepared}");
            Assert.Multiple(() =>
            {
                Assert.That(r.GetSByte(0), Is.EqualTo(-5));
                Assert.That(r.GetInt16(1), Is.EqualTo(-300));
                Assert.That(r.GetInt32(2), Is.EqualTo(70000));
                Assert.That(r.GetInt32(3), Is.EqualTo(-2_000_000_000));
                Assert.That(r.GetInt64(4), Is.EqualTo(long.MinValue + 1));
                Assert.That(r.GetUInt64(5), Is.EqualTo(ulong.MaxValue));
                Assert.That(r.GetDecimal(6), Is.EqualTo(1234567.891m));
                Assert.That(r.GetFloat(7), Is.EqualTo(1.5f));
                Assert.That(r.GetDouble(8), Is.EqualTo(2.25));
                Assert.That(r.GetString(9), Is.EqualTo("abc"));
                Assert.That(r.GetString(10), Is.EqualTo("héllo wörld ☃"));
                Assert.That(r.GetString(11), Is.EqualTo(new string('t', 1000)));
                Assert.That((byte[])r.GetValue(12), Is.EqualTo(new byte[] { 0, 1, 2, 255 }));
                Assert.That((byte[])r.GetValue(13), Is.EqualTo(new byte[] { 9, 8, 7 }));
                Assert.That(r.GetDateTime(14), Is.EqualTo(new DateTime(2024, 2, 29)));
                Assert.That(r.GetTimeSpan(15), Is.EqualTo(new TimeSpan(-1, -2, -3)));
                Assert.That(r.GetDateTime(16), Is.EqualTo(new DateTime(2023, 12, 31, 23, 59, 58, 123)));
                Assert.That(r.GetDateTime(17), Is.EqualTo(new DateTime(2020, 1, 2, 3, 4, 5)));
                Assert.That(r.GetInt32(18), Is.EqualTo(2024));
                Assert.That(r.GetString(19), Is.EqualTo("b"));
                Assert.That(r.GetString(20), Is.EqualTo("{\"k\": [1, 2]}"));
            });
        }
    }

    [Test]
    public void WrongPassword_Fails1045()
    {
        using var c = new MySqlConnection(SharedServer.Server.ConnectionString(password: "not-the-password"));
        var ex = Assert.Throws<MySqlException>(() => c.Open());
        Assert.That(ex!.ErrorCode, Is.EqualTo(MySqlErrorCode.AccessDenied));
    }

    [Test]
    public void UnknownDatabase_Fails1049()
    {
        using var c = new MySqlConnection(SharedServer.Server.ConnectionString(database: "no_such_db_here"));
        var ex = Assert.Throws<MySqlException>(() => c.Open());
        Assert.That(ex!.ErrorCode, Is.EqualTo(MySqlErrorCode.UnknownDatabase));
    }

    [Test]
    public async Task BadSql_GivesParseErrorAndConnectionStaysUsable()
    {
        await using var c = Open();
        await using var bad = new MySqlCommand("SELEKT 1", c);
        var ex = Assert.ThrowsAsync<MySqlException>(() => bad.ExecuteNonQueryAsync());
        Assert.That(ex!.ErrorCode, Is.EqualTo(MySqlErrorCode.ParseError));
        await using var good = new MySqlCommand("SELECT 42", c);
        Assert.That(await good.ExecuteScalarAsync(), Is.EqualTo(42L).Or.EqualTo(42));
    }

    [TestCase("SslMode=Required")]
    [TestCase("SslMode=None")]
    public async Task Tls_OnAndOff_Work(string sslMode)
    {
        await using var c = Open(extra: sslMode);
        await using var cmd = new MySqlCommand("SELECT 7", c);
        Assert.That(Convert.ToInt32(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(7));
    }
}
