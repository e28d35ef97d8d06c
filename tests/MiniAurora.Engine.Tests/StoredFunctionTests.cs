using MiniAurora.Core.Errors;

namespace MiniAurora.Engine.Tests;

/// <summary>CREATE/DROP FUNCTION and calls in expressions (issue #5); expected results checked against MariaDB 10.11.</summary>
[TestFixture]
public sealed class StoredFunctionTests
{
    private EngineFixture _f = null!;

    [SetUp]
    public async Task SetUp()
    {
        _f = await EngineFixture.CreateAsync("t7");
        await _f.ExecAsync("create function fact(n int) returns bigint deterministic begin declare r bigint default 1; while n > 1 do set r = r * n, n = n - 1; end while; return r; end");
        await _f.ExecAsync("create function half(x int) returns decimal(10,1) return x / 2");
        await _f.ExecAsync("create function noret(x int) returns int begin if x > 0 then return 1; end if; end");
    }

    [TearDown]
    public async Task TearDown() => await _f.DisposeAsync();

    [Test]
    public async Task Functions_InExpressions_PerRow()
    {
        Assert.That(await _f.RowsAsync("select fact(5), fact(20), half(7), half(null)"), Is.EqualTo(new[] { new[] { "120", "2432902008176640000", "3.5", "NULL" } }));
        Assert.That(await _f.RowsAsync("select id, fact(id) from (select 1 id union select 3 union select 4) d order by id"),
            Is.EqualTo(new[] { new[] { "1", "1" }, new[] { "3", "6" }, new[] { "4", "24" } }));
        Assert.That(await _f.ScalarAsync("select noret(1)"), Is.EqualTo("1"));
    }

    [Test]
    public async Task Errors_1321_1318_1305_1415()
    {
        Assert.That(await _f.ErrorAsync("select noret(0)"), Is.EqualTo(ErrorCode.ER_SP_NORETURNEND));
        Assert.That(await _f.ErrorAsync("select fact()"), Is.EqualTo(ErrorCode.ER_SP_WRONG_NO_OF_ARGS));
        await _f.ExecAsync("drop function if exists nofn");
        Assert.That(await _f.RowsAsync("show warnings"), Is.EqualTo(new[] { new[] { "Note", "1305", "FUNCTION t7.nofn does not exist" } }));
        await _f.ExecAsync("drop function half");
        Assert.That(await _f.ErrorAsync("select half(2)"), Is.EqualTo(ErrorCode.ER_SP_DOES_NOT_EXIST));
        Assert.That(await _f.ErrorAsync("create function bad() returns int begin select 1; return 1; end"), Is.EqualTo(ErrorCode.ER_SP_NO_RETSET));
        Assert.That(await _f.ErrorAsync("create function fact(n int) returns int return 1"), Is.EqualTo(ErrorCode.ER_SP_ALREADY_EXISTS));
    }

    [Test]
    public async Task Function_CalledFromProcedure_WithLocals()
    {
        await _f.ExecAsync("create procedure p(in n int, out r bigint) begin declare k int default n + 1; set r = fact(k); end");
        await _f.ExecAsync("call p(3, @r)");
        Assert.That(await _f.ScalarAsync("select @r"), Is.EqualTo("24"));
    }
}
