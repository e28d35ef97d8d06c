namespace MiniAurora.Engine.Tests;

[TestFixture]
public sealed class SmokeTests
{
    [Test]
    public async Task SelectVersion_ReturnsServerVersion()
    {
        await using var f = await EngineFixture.CreateAsync(null);
        Assert.That(await f.ScalarAsync("select version()"), Is.EqualTo("8.0.39-MiniAurora"));
        Assert.That(await f.ScalarAsync("select 1+1"), Is.EqualTo("2"));
    }

    [Test]
    public async Task Sysbench_PrepareAndStatements_Work()
    {
        await using var f = await EngineFixture.CreateAsync("sbtest");
        await f.ExecAsync("CREATE TABLE sbtest1(id INTEGER NOT NULL AUTO_INCREMENT, k INTEGER DEFAULT '0' NOT NULL, c CHAR(120) DEFAULT '' NOT NULL, pad CHAR(60) DEFAULT '' NOT NULL, PRIMARY KEY (id)) /*! ENGINE = innodb */");
        await f.ExecAsync("INSERT INTO sbtest1(k, c, pad) VALUES(5, 'c1', 'p1'),(3, 'c2', 'p2'),(7, 'c3', 'p3'),(5, 'c4', 'p4')");
        await f.ExecAsync("CREATE INDEX k_1 ON sbtest1(k)");
        Assert.That(await f.ScalarAsync("SELECT c FROM sbtest1 WHERE id=2"), Is.EqualTo("c2"));
        Assert.That(await f.RowsAsync("SELECT c FROM sbtest1 WHERE id BETWEEN 2 AND 3"), Is.EqualTo(new[] { new[] { "c2" }, new[] { "c3" } }));
        Assert.That(await f.ScalarAsync("SELECT SUM(k) FROM sbtest1 WHERE id BETWEEN 1 AND 4"), Is.EqualTo("20"));
        Assert.That(await f.RowsAsync("SELECT c FROM sbtest1 WHERE id BETWEEN 1 AND 4 ORDER BY c DESC"), Has.Count.EqualTo(4));
        Assert.That(await f.RowsAsync("SELECT DISTINCT k FROM sbtest1 WHERE id BETWEEN 1 AND 4 ORDER BY k"), Is.EqualTo(new[] { new[] { "3" }, new[] { "5" }, new[] { "7" } }));
        var ps = f.Session.Prepare("UPDATE sbtest1 SET k=k+1 WHERE id=?");
        await f.ExecutePreparedAsync(ps.Id, Core.Values.SqlValue.FromInt(1));
        Assert.That(await f.ScalarAsync("SELECT k FROM sbtest1 WHERE id=1"), Is.EqualTo("6"));
        await f.ExecAsync("BEGIN");
        await f.ExecAsync("DELETE FROM sbtest1 WHERE id=4");
        await f.ExecAsync("INSERT INTO sbtest1 (id, k, c, pad) VALUES (4, 1, 'x', 'y')");
        await f.ExecAsync("COMMIT");
        Assert.That(await f.ScalarAsync("SELECT c FROM sbtest1 WHERE id=4"), Is.EqualTo("x"));
        var sel = f.Session.Prepare("SELECT c FROM sbtest1 WHERE id BETWEEN ? AND ?");
        Assert.That(sel.ParameterCount, Is.EqualTo(2));
        var r = await f.ExecutePreparedAsync(sel.Id, Core.Values.SqlValue.FromInt(1), Core.Values.SqlValue.FromInt(2));
        Assert.That(r.Rows, Has.Count.EqualTo(2));
    }
}
