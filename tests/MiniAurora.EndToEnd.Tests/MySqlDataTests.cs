using MySql.Data.MySqlClient;

namespace MiniAurora.EndToEnd.Tests;

/// <summary>Oracle's Connector/NET (MySql.Data) as a second, independent client implementation.</summary>
[TestFixture]
public sealed class MySqlDataTests
{
    private static MySqlConnection Open()
    {
        var c = new MySqlConnection(SharedServer.Server.ConnectionString(extra: "SslMode=Disabled;AllowPublicKeyRetrieval=true"));
        c.Open();
        return c;
    }

    [Test]
    public void TextQuery_ReadsVersionAndRows()
    {
        using var c = Open();
        using var version = new MySqlCommand("SELECT VERSION()", c);
        Assert.That(version.ExecuteScalar(), Is.EqualTo("8.0.39-MiniAurora"));
        using var ddl = new MySqlCommand("CREATE DATABASE IF NOT EXISTS e2e_mysqldata; USE e2e_mysqldata; DROP TABLE IF EXISTS t; CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20), amount DECIMAL(8,2))", c);
        ddl.ExecuteNonQuery();
        using var insert = new MySqlCommand("INSERT INTO t VALUES (1,'one',1.50),(2,'two',NULL),(3,'three',-7.25)", c);
        Assert.That(insert.ExecuteNonQuery(), Is.EqualTo(3));
        using var select = new MySqlCommand("SELECT id, name, amount FROM t ORDER BY id DESC", c);
        using var r = select.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add($"{r.GetInt32(0)}|{r.GetString(1)}|{(r.IsDBNull(2) ? "NULL" : r.GetDecimal(2).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
        }
        Assert.That(rows, Is.EqualTo(new[] { "3|three|-7.25", "2|two|NULL", "1|one|1.50" }));
    }

    [Test]
    public void PreparedStatement_BindsParametersInBinaryProtocol()
    {
        using var c = Open();
        using var ddl = new MySqlCommand("CREATE DATABASE IF NOT EXISTS e2e_mysqldata2; USE e2e_mysqldata2; DROP TABLE IF EXISTS p; CREATE TABLE p (id INT PRIMARY KEY, v VARCHAR(10), at DATETIME)", c);
        ddl.ExecuteNonQuery();
        using var insert = new MySqlCommand("INSERT INTO p VALUES (@id, @v, @at)", c);
        insert.Parameters.Add("@id", MySqlDbType.Int32);
        insert.Parameters.Add("@v", MySqlDbType.VarChar);
        insert.Parameters.Add("@at", MySqlDbType.DateTime);
        insert.Prepare();
        for (int i = 1; i <= 5; i++)
        {
            insert.Parameters["@id"].Value = i;
            insert.Parameters["@v"].Value = "v" + i;
            insert.Parameters["@at"].Value = new DateTime(2025, 1, i, 10, 0, 0);
            insert.ExecuteNonQuery();
        }
        using var select = new MySqlCommand("SELECT v, at FROM p WHERE id BETWEEN @lo AND @hi ORDER BY id", c);
        select.Parameters.AddWithValue("@lo", 2);
        select.Parameters.AddWithValue("@hi", 4);
        select.Prepare();
        using var r = select.ExecuteReader();
        var got = new List<string>();
        while (r.Read())
        {
            got.Add(r.GetString(0) + "@" + r.GetDateTime(1).Day);
        }
        Assert.That(got, Is.EqualTo(new[] { "v2@2", "v3@3", "v4@4" }));
    }

    [Test]
    public void UnknownTable_Gives1146()
    {
        using var c = Open();
        using var cmd = new MySqlCommand("SELECT * FROM mysql_data_no_db.no_such_table", c);
        var ex = Assert.Throws<MySqlException>(() => cmd.ExecuteNonQuery());
        Assert.That(ex!.Number, Is.EqualTo(1146).Or.EqualTo(1049));
    }
}
