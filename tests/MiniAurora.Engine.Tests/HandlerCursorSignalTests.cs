using MiniAurora.Core.Errors;

namespace MiniAurora.Engine.Tests;

/// <summary>DECLARE HANDLER, cursors, SIGNAL/RESIGNAL in procedures (issue #5); expected results checked against MariaDB 10.11.</summary>
[TestFixture]
public sealed class HandlerCursorSignalTests
{
    private EngineFixture _f = null!;

    [SetUp]
    public async Task SetUp()
    {
        _f = await EngineFixture.CreateAsync("t8");
        await _f.ExecAsync("create table src (id int primary key, name varchar(10))");
        await _f.ExecAsync("insert into src values (1,'a'),(2,'b'),(3,'c')");
    }

    [TearDown]
    public async Task TearDown() => await _f.DisposeAsync();

    private static async Task<MiniAuroraException> Throws(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (MiniAuroraException e)
        {
            return e;
        }
        Assert.Fail("expected an error");
        return null!;
    }

    [Test]
    public async Task Cursor_WithContinueNotFoundHandler()
    {
        await _f.ExecAsync("""
            create procedure cur_sum(out total int, out nm varchar(100))
            begin
              declare done int default 0;
              declare i int;
              declare n varchar(10);
              declare c cursor for select id, name from src order by id;
              declare continue handler for not found set done = 1;
              set total = 0, nm = '';
              open c;
              read_loop: loop
                fetch c into i, n;
                if done then leave read_loop; end if;
                set total = total + i, nm = concat(nm, n);
              end loop;
              close c;
            end
            """);
        await _f.ExecAsync("call cur_sum(@t, @n)");
        Assert.That(await _f.RowsAsync("select @t, @n"), Is.EqualTo(new[] { new[] { "6", "abc" } }));
    }

    [Test]
    public async Task ExitAndContinueHandlers_ByErrorNumberAndSqlException()
    {
        await _f.ExecAsync("""
            create procedure h_exit(out r varchar(40))
            begin
              declare exit handler for sqlexception set r = concat(r, '+caught');
              declare continue handler for 1062 set r = concat(r, '+dup');
              set r = 'start';
              insert into src values (1, 'x');
              set r = concat(r, '+after');
              insert into nosuch values (1);
              set r = 'not reached';
            end
            """);
        await _f.ExecAsync("call h_exit(@r)");
        Assert.That(await _f.ScalarAsync("select @r"), Is.EqualTo("start+dup+after+caught"));
    }

    [Test]
    public async Task Signal_Resignal_FetchNoData()
    {
        await _f.ExecAsync("""
            create procedure sig(x int)
            begin
              declare bad condition for sqlstate '45000';
              if x < 0 then signal bad set message_text = 'negative!'; end if;
              if x = 0 then signal sqlstate '45001'; end if;
              if x = 1 then signal sqlstate '45002' set mysql_errno = 5555, message_text = 'custom'; end if;
            end
            """);
        var e = await Throws(() => _f.ExecAsync("call sig(-1)"));
        Assert.That((e.Number, e.SqlState, e.Message), Is.EqualTo((1644, "45000", "negative!")));
        e = await Throws(() => _f.ExecAsync("call sig(0)"));
        Assert.That((e.Number, e.SqlState, e.Message), Is.EqualTo((1644, "45001", "Unhandled user-defined exception condition")));
        e = await Throws(() => _f.ExecAsync("call sig(1)"));
        Assert.That((e.Number, e.SqlState, e.Message), Is.EqualTo((5555, "45002", "custom")));
        await _f.ExecAsync("call sig(2)");
        await _f.ExecAsync("create procedure resig() begin declare exit handler for sqlexception resignal set message_text = 'resignaled'; insert into nosuch values (1); end");
        e = await Throws(() => _f.ExecAsync("call resig()"));
        Assert.That((e.Number, e.SqlState, e.Message), Is.EqualTo((1146, "42S02", "resignaled")));
        await _f.ExecAsync("create procedure fetchmore() begin declare i int; declare c cursor for select id from src; open c; fetch c into i; fetch c into i; fetch c into i; fetch c into i; end");
        Assert.That(await _f.ErrorAsync("call fetchmore()"), Is.EqualTo(ErrorCode.ER_SP_FETCH_NO_DATA));
    }
}
