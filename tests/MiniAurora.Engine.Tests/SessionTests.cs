using MiniAurora.Core.Errors;

namespace MiniAurora.Engine.Tests;

/// <summary>SET / SHOW / variables / client connect queries.</summary>
[TestFixture]
public sealed class SessionTests
{
    private EngineFixture _f = null!;

    [SetUp]
    public async Task SetUp() => _f = await EngineFixture.CreateAsync("s1");

    [TearDown]
    public async Task TearDown() => await _f.DisposeAsync();

    [Test]
    public async Task ClientConnectQueries_Work()
    {
        Assert.That(await _f.ScalarAsync("select @@version_comment limit 1"), Is.EqualTo("MiniAurora, MySQL-compatible, with Aurora Lambda integration"));
        Assert.That(await _f.ScalarAsync("SELECT DATABASE()"), Is.EqualTo("s1"));
        Assert.That(await _f.ScalarAsync("SELECT @@max_allowed_packet"), Is.EqualTo("67108864"));
        await _f.ExecAsync("SET NAMES utf8mb4");
        await _f.ExecAsync("SET character_set_results=NULL");
        await _f.ExecAsync("SET autocommit=1");
        await _f.ExecAsync("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
        Assert.That(await _f.ScalarAsync("select @@transaction_isolation"), Is.EqualTo("READ-COMMITTED"));
        Assert.That(await _f.ScalarAsync("select @@character_set_results"), Is.EqualTo("NULL"));
        var vars = await _f.RowsAsync("SHOW VARIABLES");
        Assert.That(vars.Any(v => v[0] == "sql_mode" && v[1] == "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION"));
        Assert.That(vars.Any(v => v[0] == "autocommit" && v[1] == "ON"));
        Assert.That(await _f.RowsAsync("show variables like 'lower_case_table_names'"), Is.EqualTo(new[] { new[] { "lower_case_table_names", "0" } }));
    }

    [Test]
    public async Task SetVariable_Errors()
    {
        Assert.That(await _f.ErrorAsync("select @@nosuchvar"), Is.EqualTo(ErrorCode.ER_UNKNOWN_SYSTEM_VARIABLE));
        Assert.That(await _f.ErrorAsync("set session version = 'x'"), Is.EqualTo(ErrorCode.ER_INCORRECT_GLOBAL_LOCAL_VAR));
        Assert.That(await _f.ErrorAsync("set max_connections = 10"), Is.EqualTo(ErrorCode.ER_GLOBAL_VARIABLE));
        Assert.That(await _f.ErrorAsync("set global sql_log_bin = 0"), Is.EqualTo(ErrorCode.ER_LOCAL_VARIABLE));
        Assert.That(await _f.ErrorAsync("set sql_mode = 'nonsense'"), Is.EqualTo(ErrorCode.ER_WRONG_VALUE_FOR_VAR));
        Assert.That(await _f.ErrorAsync("set autocommit = 'maybe'"), Is.EqualTo(ErrorCode.ER_WRONG_VALUE_FOR_VAR));
        Assert.That(await _f.ErrorAsync("set wait_timeout = 'abc'"), Is.EqualTo(ErrorCode.ER_WRONG_TYPE_FOR_VAR));
    }

    [Test]
    public async Task GlobalVsSession_NewSessionsCopyGlobals()
    {
        await _f.ExecAsync("set global wait_timeout = 100");
        Assert.That(await _f.RowsAsync("select @@global.wait_timeout, @@session.wait_timeout"), Is.EqualTo(new[] { new[] { "100", "28800" } }));
        var other = _f.NewSession("s1");
        Assert.That(await _f.ScalarAsync("select @@wait_timeout", other), Is.EqualTo("100"));
        Assert.That(other.WaitTimeoutSeconds, Is.EqualTo(100));
    }

    [Test]
    public async Task UserVariables_And_MultiStatements()
    {
        var results = await _f.RunAsync("set @x = 5; select @x + 1; select @x := 7, @x");
        Assert.That(results, Has.Count.EqualTo(3));
        Assert.That(results[1].Scalar, Is.EqualTo("6"));
        Assert.That(results[2].Text[0], Is.EqualTo(new[] { "7", "7" }));
    }

    [Test]
    public async Task Show_DatabasesTablesColumnsCreate()
    {
        await _f.ExecAsync("create table t (id int not null auto_increment, name varchar(20) default 'x', primary key (id), key k_name (name))");
        Assert.That((await _f.RowsAsync("show databases")).Select(r => r[0]), Does.Contain("s1").And.Contain("information_schema"));
        Assert.That(await _f.RowsAsync("show tables"), Is.EqualTo(new[] { new[] { "t" } }));
        Assert.That(await _f.RowsAsync("show full tables"), Is.EqualTo(new[] { new[] { "t", "BASE TABLE" } }));
        Assert.That(await _f.RowsAsync("show columns from t"), Is.EqualTo(new[]
        {
            new[] { "id", "int", "NO", "PRI", "NULL", "auto_increment" },
            new[] { "name", "varchar(20)", "YES", "MUL", "x", "" },
        }));
        Assert.That(await _f.ScalarAsync("select count(*) from information_schema.columns where table_schema = 's1' and table_name = 't'"), Is.EqualTo("2"));
        var create = (await _f.RowsAsync("show create table t"))[0][1];
        Assert.That(create, Is.EqualTo("CREATE TABLE `t` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `name` varchar(20) DEFAULT 'x',\n  PRIMARY KEY (`id`),\n  KEY `k_name` (`name`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci"));
        var fields = _f.Session.FieldList("t", null);
        Assert.That(fields.Select(c => c.Name), Is.EqualTo(new[] { "id", "name" }));
    }

    [Test]
    public async Task Kill_ConnectionRaisesEvent()
    {
        var other = _f.NewSession("s1");
        Session? killed = null;
        other.KillRequested += s => killed = s;
        await _f.ExecAsync($"kill {other.ConnectionId}");
        Assert.That(killed, Is.SameAs(other));
        Assert.That(other.IsKilled, Is.True);
        Assert.That(await _f.ErrorAsync("kill 999999"), Is.EqualTo(ErrorCode.ER_NO_SUCH_THREAD));
    }

    [Test]
    public async Task PreparedStatement_ReportsColumnsAndReplansAfterDdl()
    {
        await _f.ExecAsync("create table p (id int primary key, c char(10))");
        await _f.ExecAsync("insert into p values (1, 'one')");
        var ps = _f.Session.Prepare("select c from p where id = ?");
        Assert.That(ps.ParameterCount, Is.EqualTo(1));
        Assert.That(ps.Columns.Select(c => c.Name), Is.EqualTo(new[] { "c" }));
        await _f.ExecAsync("create index ic on p(c)");
        var r = await _f.ExecutePreparedAsync(ps.Id, Core.Values.SqlValue.FromString("1"));
        Assert.That(r.Scalar, Is.EqualTo("one"));
        _f.Session.ClosePrepared(ps.Id);
        Assert.ThrowsAsync<MiniAuroraException>(async () => await _f.ExecutePreparedAsync(ps.Id));
    }
}
