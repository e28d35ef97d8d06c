using MiniAurora.Core.Errors;

namespace MiniAurora.Engine.Tests;

/// <summary>CREATE/DROP PROCEDURE and CALL (issue #5); expected results checked against MariaDB 10.11.</summary>
[TestFixture]
public sealed class StoredProcedureTests
{
    private EngineFixture _f = null!;

    [SetUp]
    public async Task SetUp()
    {
        _f = await EngineFixture.CreateAsync("t5");
        await _f.ExecAsync("create table t (id int primary key, v varchar(10))");
    }

    [TearDown]
    public async Task TearDown() => await _f.DisposeAsync();

    [Test]
    public async Task Call_InOutInOut_DeclareDefault_SetCoercesToDeclaredType()
    {
        await _f.ExecAsync("""
            create procedure p1(in a int, out b int, inout c int)
            begin
              declare x int default 10;
              declare y decimal(5,1);
              set x = x + a, y = 2.26;
              set b = x * 2;
              set c = c + y;
            end
            """);
        await _f.ExecAsync("set @c = 5");
        var results = await _f.RunAsync("call p1(3, @b, @c)");
        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].Ok, Is.Not.Null);
        Assert.That(await _f.RowsAsync("select @b, @c"), Is.EqualTo(new[] { new[] { "26", "7" } }));
    }

    [Test]
    public async Task Call_LoopsLabels_ResultSets_SelectInto()
    {
        await _f.ExecAsync("""
            create procedure loops(n int)
            begin
              declare i int default 0;
              declare s varchar(100) default '';
              outer_loop: loop
                set i = i + 1;
                if i > n then leave outer_loop; end if;
                if i = 2 then iterate outer_loop; elseif i = 4 then set s = concat(s, 'four,'); else set s = concat(s, i, ','); end if;
              end loop;
              set i = 0;
              while i < 3 do set i = i + 1; insert into t values (i, concat('w', i)); end while;
              repeat set i = i - 1; until i <= 1 end repeat;
              select s, i;
              select id, v from t order by id;
              select count(*) into @cnt from t;
              select max(id) into i from t;
              set @i = i;
            end
            """);
        var results = await _f.RunAsync("call loops(5)");
        Assert.That(results, Has.Count.EqualTo(3));
        Assert.That(results[0].Text, Is.EqualTo(new[] { new[] { "1,3,four,5,", "1" } }));
        Assert.That(results[1].Text, Is.EqualTo(new[] { new[] { "1", "w1" }, new[] { "2", "w2" }, new[] { "3", "w3" } }));
        Assert.That(results[2].Ok, Is.Not.Null);
        Assert.That(await _f.RowsAsync("select @cnt, @i"), Is.EqualTo(new[] { new[] { "3", "3" } }));
    }

    [Test]
    public async Task Errors_1304_1305_1318_AndIfExistsNotes()
    {
        await _f.ExecAsync("create procedure p1(a int) begin end");
        Assert.That(await _f.ErrorAsync("call nope()"), Is.EqualTo(ErrorCode.ER_SP_DOES_NOT_EXIST));
        Assert.That(await _f.ErrorAsync("call p1()"), Is.EqualTo(ErrorCode.ER_SP_WRONG_NO_OF_ARGS));
        Assert.That(await _f.ErrorAsync("create procedure p1() begin end"), Is.EqualTo(ErrorCode.ER_SP_ALREADY_EXISTS));
        await _f.ExecAsync("drop procedure if exists nope");
        Assert.That(await _f.RowsAsync("show warnings"), Is.EqualTo(new[] { new[] { "Note", "1305", "PROCEDURE t5.nope does not exist" } }));
        await _f.ExecAsync("create procedure if not exists p1() begin end");
        Assert.That(await _f.RowsAsync("show warnings"), Is.EqualTo(new[] { new[] { "Note", "1304", "PROCEDURE p1 already exists" } }));
        await _f.ExecAsync("drop procedure p1");
        Assert.That(await _f.ErrorAsync("drop procedure p1"), Is.EqualTo(ErrorCode.ER_SP_DOES_NOT_EXIST));
    }

    [Test]
    public async Task Create_BadLabel_Is1308()
    {
        Assert.That(await _f.ErrorAsync("create procedure bad() begin a: loop leave b; end loop; end"), Is.EqualTo(ErrorCode.ER_SP_LILABEL_MISMATCH));
    }

    [Test]
    public async Task NestedCall_OutIntoLocal_AndRedefinitionRecompiles()
    {
        await _f.ExecAsync("create procedure inner_p(in a int, out b int) set b = a * 10");
        await _f.ExecAsync("create procedure outer_p() begin declare r int; call inner_p(4, r); set @r = r; end");
        await _f.ExecAsync("call outer_p()");
        Assert.That(await _f.ScalarAsync("select @r"), Is.EqualTo("40"));
        await _f.ExecAsync("drop procedure inner_p");
        await _f.ExecAsync("create procedure inner_p(in a int, out b int) set b = a + 1");
        await _f.ExecAsync("call outer_p()");
        Assert.That(await _f.ScalarAsync("select @r"), Is.EqualTo("5"));
    }

    [Test]
    public async Task ErrorInsideBody_AbortsCall_EarlierStatementsStay()
    {
        await _f.ExecAsync("create procedure dup() begin insert into t values (1, 'a'); insert into t values (1, 'b'); end");
        Assert.That(await _f.ErrorAsync("call dup()"), Is.EqualTo(ErrorCode.ER_DUP_ENTRY));
        Assert.That(await _f.RowsAsync("select id, v from t"), Is.EqualTo(new[] { new[] { "1", "a" } }));
    }

    [Test]
    public async Task PreparedCall_WithPlaceholderArgument()
    {
        await _f.ExecAsync("create procedure dbl(in a int, out b int) set b = a * 2");
        var ps = _f.Session.Prepare("call dbl(?, @b)");
        Assert.That(ps.ParameterCount, Is.EqualTo(1));
        await _f.ExecutePreparedAsync(ps.Id, Core.Values.SqlValue.FromInt(21));
        Assert.That(await _f.ScalarAsync("select @b"), Is.EqualTo("42"));
    }
}
