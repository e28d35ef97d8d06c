using MiniAurora.Core.Errors;

namespace MiniAurora.Engine.Tests;

/// <summary>SHOW CREATE PROCEDURE/FUNCTION/TRIGGER, SHOW PROCEDURE/FUNCTION STATUS, SHOW TRIGGERS (issue #5); shapes checked against MariaDB 10.11.</summary>
[TestFixture]
public sealed class RoutineShowTests
{
    private EngineFixture _f = null!;

    [SetUp]
    public async Task SetUp()
    {
        _f = await EngineFixture.CreateAsync("t9");
        await _f.ExecAsync("create table t (id int primary key, n int)");
        await _f.ExecAsync("create procedure shp(in a int) select a");
        await _f.ExecAsync("create function shf(x int) returns int deterministic return x + 1");
        await _f.ExecAsync("create trigger ta after insert on t for each row set @x = new.id");
        await _f.ExecAsync("create trigger tb before insert on t for each row set new.n = 1");
    }

    [TearDown]
    public async Task TearDown() => await _f.DisposeAsync();

    [Test]
    public async Task ShowCreate()
    {
        var p = await _f.QueryAsync("show create procedure shp");
        Assert.That(p.Columns.Select(c => c.Name), Is.EqualTo(new[] { "Procedure", "sql_mode", "Create Procedure", "character_set_client", "collation_connection", "Database Collation" }));
        Assert.That(p.Text[0][2], Is.EqualTo("CREATE DEFINER=`root`@`localhost` PROCEDURE `shp`(in a int) select a"));
        var f = await _f.QueryAsync("show create function shf");
        Assert.That(f.Text[0][2], Is.EqualTo("CREATE DEFINER=`root`@`localhost` FUNCTION `shf`(x int) returns int deterministic return x + 1"));
        var t = await _f.QueryAsync("show create trigger ta");
        Assert.That(t.Columns[2].Name, Is.EqualTo("SQL Original Statement"));
        Assert.That(t.Text[0][2], Is.EqualTo("CREATE DEFINER=`root`@`localhost` TRIGGER `ta` after insert on t for each row set @x = new.id"));
        Assert.That(await _f.ErrorAsync("show create procedure nope"), Is.EqualTo(ErrorCode.ER_SP_DOES_NOT_EXIST));
        Assert.That(await _f.ErrorAsync("show create trigger nope"), Is.EqualTo(ErrorCode.ER_TRG_DOES_NOT_EXIST));
    }

    [Test]
    public async Task ShowStatus_AndTriggers()
    {
        var rows = await _f.RowsAsync("show procedure status like 'shp'");
        Assert.That(rows.Select(r => (r[0], r[1], r[2], r[3], r[6])), Is.EqualTo(new[] { ("t9", "shp", "PROCEDURE", "root@localhost", "DEFINER") }));
        rows = await _f.RowsAsync("show function status");
        Assert.That(rows.Select(r => (r[1], r[2])), Is.EqualTo(new[] { ("shf", "FUNCTION") }));
        rows = await _f.RowsAsync("show triggers like 't'");
        Assert.That(rows.Select(r => (r[0], r[1], r[2], r[3], r[4])), Is.EqualTo(new[]
        {
            ("tb", "INSERT", "t", "set new.n = 1", "BEFORE"),
            ("ta", "INSERT", "t", "set @x = new.id", "AFTER"),
        }));
    }
}
