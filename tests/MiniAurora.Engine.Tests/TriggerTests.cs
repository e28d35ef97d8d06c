using MiniAurora.Core.Errors;

namespace MiniAurora.Engine.Tests;

/// <summary>CREATE/DROP TRIGGER and per-row firing (issue #5); expected results checked against MariaDB 10.11.</summary>
[TestFixture]
public sealed class TriggerTests
{
    private EngineFixture _f = null!;

    [SetUp]
    public async Task SetUp()
    {
        _f = await EngineFixture.CreateAsync("t6");
        await _f.ExecAsync("create table t (id int primary key, v varchar(20), n int)");
        await _f.ExecAsync("create table log (seq int auto_increment primary key, msg varchar(100))");
    }

    [TearDown]
    public async Task TearDown() => await _f.DisposeAsync();

    [Test]
    public async Task BeforeAfter_InsertUpdateDelete_NewOld_Order()
    {
        await _f.ExecAsync("create trigger bi before insert on t for each row begin set new.v = upper(new.v); if new.n is null then set new.n = new.id * 10; end if; end");
        await _f.ExecAsync("create trigger ai after insert on t for each row insert into log(msg) values (concat('ai ', new.id, ' ', new.v, ' ', new.n))");
        await _f.ExecAsync("create trigger ai0 after insert on t for each row precedes ai insert into log(msg) values (concat('ai0 ', new.id))");
        await _f.ExecAsync("create trigger ai2 after insert on t for each row follows ai insert into log(msg) values (concat('ai2 ', new.id))");
        await _f.ExecAsync("create trigger bu before update on t for each row set new.n = old.n + 1");
        await _f.ExecAsync("create trigger au after update on t for each row insert into log(msg) values (concat('au ', old.v, '>', new.v, ' ', new.n))");
        await _f.ExecAsync("create trigger bd before delete on t for each row begin insert into log(msg) values (concat('bd ', old.id)); end");
        await _f.ExecAsync("insert into t values (1, 'a', null), (2, 'b', 7)");
        await _f.ExecAsync("update t set v = 'z' where id = 1");
        await _f.ExecAsync("update t set v = v where id = 2");
        await _f.ExecAsync("delete from t where id = 2");
        Assert.That(await _f.RowsAsync("select * from t order by id"), Is.EqualTo(new[] { new[] { "1", "z", "11" } }));
        Assert.That((await _f.RowsAsync("select msg from log order by seq")).Select(r => r[0]), Is.EqualTo(new[]
        {
            "ai0 1", "ai 1 A 10", "ai2 1", "ai0 2", "ai 2 B 7", "ai2 2", "au A>z 11", "au B>B 8", "bd 2",
        }));
    }

    [Test]
    public async Task TriggerError_AbortsWholeStatement()
    {
        await _f.ExecAsync("create table u (id int primary key)");
        await _f.ExecAsync("create table w (id int primary key)");
        await _f.ExecAsync("insert into w values (5)");
        await _f.ExecAsync("create trigger ui after insert on u for each row insert into w values (new.id)");
        await _f.ExecAsync("insert into u values (1)");
        Assert.That(await _f.ErrorAsync("insert into u values (2), (5), (3)"), Is.EqualTo(ErrorCode.ER_DUP_ENTRY));
        Assert.That(await _f.RowsAsync("select * from u"), Is.EqualTo(new[] { new[] { "1" } }));
        Assert.That(await _f.RowsAsync("select * from w order by id"), Is.EqualTo(new[] { new[] { "1" }, new[] { "5" } }));
    }

    [Test]
    public async Task Errors_1359_1360_1362_1363_1415_1146()
    {
        await _f.ExecAsync("create trigger bi before insert on t for each row set new.n = 1");
        Assert.That(await _f.ErrorAsync("create trigger bi before insert on t for each row set new.n = 2"), Is.EqualTo(ErrorCode.ER_TRG_ALREADY_EXISTS));
        Assert.That(await _f.ErrorAsync("drop trigger nope"), Is.EqualTo(ErrorCode.ER_TRG_DOES_NOT_EXIST));
        await _f.ExecAsync("drop trigger if exists nope");
        Assert.That(await _f.RowsAsync("show warnings"), Is.EqualTo(new[] { new[] { "Note", "1360", "Trigger does not exist" } }));
        Assert.That(await _f.ErrorAsync("create trigger b1 after insert on t for each row set new.n = 1"), Is.EqualTo(ErrorCode.ER_TRG_CANT_CHANGE_ROW));
        Assert.That(await _f.ErrorAsync("create trigger b2 before insert on t for each row set old.n = 1"), Is.EqualTo(ErrorCode.ER_TRG_CANT_CHANGE_ROW));
        Assert.That(await _f.ErrorAsync("create trigger b3 before delete on t for each row set new.n = 1"), Is.EqualTo(ErrorCode.ER_TRG_NO_SUCH_ROW_IN_TRG));
        Assert.That(await _f.ErrorAsync("create trigger b4 before delete on t for each row select 1"), Is.EqualTo(ErrorCode.ER_SP_NO_RETSET));
        Assert.That(await _f.ErrorAsync("create trigger b5 before insert on nope for each row set new.n = 1"), Is.EqualTo(ErrorCode.ER_NO_SUCH_TABLE));
        await _f.ExecAsync("drop trigger bi");
        await _f.ExecAsync("insert into t values (1, 'a', 5)");
        Assert.That(await _f.ScalarAsync("select n from t"), Is.EqualTo("5"));
    }

    [Test]
    public async Task DropTable_DropsItsTriggers()
    {
        await _f.ExecAsync("create trigger bi before insert on t for each row set new.n = 1");
        await _f.ExecAsync("drop table t");
        await _f.ExecAsync("create table t (id int primary key, v varchar(20), n int)");
        await _f.ExecAsync("insert into t values (1, 'a', 5)");
        Assert.That(await _f.ScalarAsync("select n from t"), Is.EqualTo("5"));
        await _f.ExecAsync("create trigger bi before insert on t for each row set new.n = 2");
    }
}
