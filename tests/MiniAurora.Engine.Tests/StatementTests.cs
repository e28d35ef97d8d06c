using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;

namespace MiniAurora.Engine.Tests;

/// <summary>DDL, DML, queries and errors; expected results checked against MariaDB 10.11 where MySQL 8 agrees.</summary>
[TestFixture]
public sealed class StatementTests
{
    private EngineFixture _f = null!;

    [SetUp]
    public async Task SetUp()
    {
        _f = await EngineFixture.CreateAsync("t2");
        await _f.ExecAsync("create table a (id int primary key, g varchar(10), v decimal(10,2), n int)");
        await _f.ExecAsync("create table b (id int primary key, a_id int, w varchar(10), key(a_id))");
        await _f.ExecAsync("insert into a values (1,'x',1.50,10),(2,'y',2.25,null),(3,'x',3.00,30),(4,'z',null,40)");
        await _f.ExecAsync("insert into b values (1,1,'p'),(2,1,'q'),(3,3,'r'),(4,9,'s')");
    }

    [TearDown]
    public async Task TearDown() => await _f.DisposeAsync();

    private static string[][] R(params string[] rows) => rows.Select(r => r.Split('|')).ToArray();

    [Test]
    public async Task GroupBy_Aggregates() =>
        Assert.That(await _f.RowsAsync("select g, count(*), sum(v), avg(v), min(n), max(n), count(n), group_concat(id order by id desc separator '|') from a group by g order by g"),
            Is.EqualTo(new[]
            {
                new[] { "x", "2", "4.50", "2.250000", "10", "30", "2", "3|1" },
                new[] { "y", "1", "2.25", "2.250000", "NULL", "NULL", "0", "2" },
                new[] { "z", "1", "NULL", "NULL", "40", "40", "1", "4" },
            }));

    [Test]
    public async Task Joins_InnerAndLeft()
    {
        Assert.That(await _f.RowsAsync("select a.id, b.w from a join b on b.a_id = a.id order by a.id, b.w"), Is.EqualTo(R("1|p", "1|q", "3|r")));
        Assert.That(await _f.RowsAsync("select a.id, b.w from a left join b on b.a_id = a.id order by a.id, b.w"), Is.EqualTo(R("1|p", "1|q", "2|NULL", "3|r", "4|NULL")));
        Assert.That(await _f.RowsAsync("select a.id, b.w from a, b where a.id = b.a_id and b.w <> 'q' order by a.id"), Is.EqualTo(R("1|p", "3|r")));
    }

    [Test]
    public async Task HashJoin_OnUnindexedColumns()
    {
        await _f.ExecAsync("create table h (id int primary key, g varchar(10), m int)");
        await _f.ExecAsync("insert into h values (1,'x',10),(2,'x',30),(3,'q',null)");
        Assert.That(await _f.RowsAsync("select a.id, h.id from a join h on h.g = a.g order by a.id, h.id"), Is.EqualTo(R("1|1", "1|2", "3|1", "3|2")));
        Assert.That(await _f.RowsAsync("select a.id, h.id from a left join h on h.m = a.n order by a.id"), Is.EqualTo(R("1|1", "2|NULL", "3|2", "4|NULL")));
        var plan = await _f.RowsAsync("explain select a.id, h.id from a join h on h.g = a.g");
        Assert.That(plan[1][11], Does.Contain("hash join"));
    }

    [Test]
    public async Task Subqueries_InScalarExists()
    {
        Assert.That(await _f.RowsAsync("select id from a where id in (select a_id from b) order by id"), Is.EqualTo(R("1", "3")));
        Assert.That(await _f.RowsAsync("select id, (select count(*) from b where b.a_id = a.id) c from a order by id"), Is.EqualTo(R("1|2", "2|0", "3|1", "4|0")));
        Assert.That(await _f.RowsAsync("select id from a where exists (select 1 from b where b.a_id = a.id) order by id"), Is.EqualTo(R("1", "3")));
        Assert.That(await _f.RowsAsync("select * from (select id, g from a where id > 2) d order by id"), Is.EqualTo(R("3|x", "4|z")));
    }

    [Test]
    public async Task HavingDistinctLimitUnion()
    {
        Assert.That(await _f.RowsAsync("select g, sum(n) s from a group by g having s > 35 order by s desc"), Is.EqualTo(R("x|40", "z|40")).Or.EqualTo(R("z|40", "x|40")));
        Assert.That(await _f.RowsAsync("select distinct g from a order by g desc limit 2"), Is.EqualTo(R("z", "y")));
        Assert.That(await _f.RowsAsync("select id from a order by id limit 1, 2"), Is.EqualTo(R("2", "3")));
        Assert.That(await _f.RowsAsync("select 1 union select 2 union all select 1"), Is.EqualTo(R("1", "2", "1")));
        Assert.That(await _f.RowsAsync("select id, g from a where g = 'X' order by 1"), Is.EqualTo(R("1|x", "3|x")));
    }

    [Test]
    public async Task ResultMetadata_ColumnNamesTypesAndFlags()
    {
        var r = await _f.QueryAsync("select a.id, g as grp, 1+1, v from a where id = 1");
        Assert.That(r.Columns.Select(c => c.Name), Is.EqualTo(new[] { "id", "grp", "1+1", "v" }));
        Assert.That(r.Columns[0].Flags & (ColumnFlags.NotNull | ColumnFlags.PrimaryKey), Is.EqualTo(ColumnFlags.NotNull | ColumnFlags.PrimaryKey));
        Assert.That(r.Columns[0].OrgTable, Is.EqualTo("a"));
        Assert.That(r.Columns[3].Type.Kind, Is.EqualTo(Core.Values.SqlTypeKind.Decimal));
        Assert.That(r.Columns[2].Type.Kind, Is.EqualTo(Core.Values.SqlTypeKind.BigInt));
    }

    [Test]
    public async Task InsertChecks_StrictModeErrors()
    {
        await _f.ExecAsync("create table c (id int auto_increment primary key, t tinyint, s varchar(3) not null, u int unsigned, d date, e enum('a','b'))");
        Assert.That(await _f.ErrorAsync("insert into c (t, s) values (300, 'x')"), Is.EqualTo(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE));
        Assert.That(await _f.ErrorAsync("insert into c (t, s) values (1, 'abcd')"), Is.EqualTo(ErrorCode.ER_DATA_TOO_LONG));
        Assert.That(await _f.ErrorAsync("insert into c (s) values (null)"), Is.EqualTo(ErrorCode.ER_BAD_NULL_ERROR));
        Assert.That(await _f.ErrorAsync("insert into c (t) values (1)"), Is.EqualTo(ErrorCode.ER_NO_DEFAULT_FOR_FIELD));
        Assert.That(await _f.ErrorAsync("insert into c (s, d) values ('x', 'notadate')"), Is.EqualTo(ErrorCode.ER_TRUNCATED_WRONG_VALUE));
        Assert.That(await _f.ErrorAsync("insert into c (s, e) values ('x', 'c')"), Is.EqualTo(ErrorCode.WARN_DATA_TRUNCATED));
        await _f.ExecAsync("insert ignore into c (t, s) values (300, 'abcdef')");
        Assert.That(await _f.RowsAsync("select t, s from c"), Is.EqualTo(R("127|abc")));
        Assert.That(_f.Session.WarningCount, Is.EqualTo(0), "SELECT clears warnings");
    }

    [Test]
    public async Task Errors_ByCode()
    {
        Assert.That(await _f.ErrorAsync("insert into a values (1,'dup',0,0)"), Is.EqualTo(ErrorCode.ER_DUP_ENTRY));
        Assert.That(await _f.ErrorAsync("select * from nosuch"), Is.EqualTo(ErrorCode.ER_NO_SUCH_TABLE));
        Assert.That(await _f.ErrorAsync("select nosuchcol from a"), Is.EqualTo(ErrorCode.ER_BAD_FIELD_ERROR));
        Assert.That(await _f.ErrorAsync("select id from a, b"), Is.EqualTo(ErrorCode.ER_NON_UNIQ_ERROR));
        Assert.That(await _f.ErrorAsync("use nosuchdb"), Is.EqualTo(ErrorCode.ER_BAD_DB_ERROR));
        Assert.That(await _f.ErrorAsync("create table a (x int)"), Is.EqualTo(ErrorCode.ER_TABLE_EXISTS_ERROR));
        Assert.That(await _f.ErrorAsync("drop table nosuch"), Is.EqualTo(ErrorCode.ER_BAD_TABLE_ERROR));
        Assert.That(await _f.ErrorAsync("create database t2"), Is.EqualTo(ErrorCode.ER_DB_CREATE_EXISTS));
        Assert.That(await _f.ErrorAsync("selec 1"), Is.EqualTo(ErrorCode.ER_PARSE_ERROR));
        Assert.That(await _f.ErrorAsync("insert into a (id) values (1, 2)"), Is.EqualTo(ErrorCode.ER_WRONG_VALUE_COUNT_ON_ROW));
        var other = _f.NewSession(null);
        Assert.That(await _f.ErrorAsync("select * from a", other), Is.EqualTo(ErrorCode.ER_NO_DB_ERROR));
        Assert.That(await _f.ErrorAsync("create table x (id int auto_increment, v int)"), Is.EqualTo(ErrorCode.ER_WRONG_AUTO_KEY));
    }

    [Test]
    public async Task InsertVariants_LastInsertIdOnDuplicateReplace()
    {
        await _f.ExecAsync("create table c (id int auto_increment primary key, s varchar(10))");
        await _f.ExecAsync("insert into c (s) values ('m'), ('n')");
        Assert.That(await _f.RowsAsync("select last_insert_id(), row_count()"), Is.EqualTo(R("1|2")));
        await _f.ExecAsync("insert into c (id, s) values (1, 'dup') on duplicate key update s = concat(s, '!')");
        Assert.That(await _f.ScalarAsync("select s from c where id = 1"), Is.EqualTo("m!"));
        await _f.ExecAsync("insert into c (id, s) values (2, 'v') on duplicate key update s = values(s)");
        Assert.That(await _f.ScalarAsync("select s from c where id = 2"), Is.EqualTo("v"));
        var results = await _f.RunAsync("replace into c (id, s) values (1, 'rep')");
        Assert.That(results[0].Ok!.Value.AffectedRows, Is.EqualTo(2UL));
        Assert.That(await _f.ScalarAsync("select s from c where id = 1"), Is.EqualTo("rep"));
        await _f.ExecAsync("insert into c (s) select g from a where id < 3");
        Assert.That(await _f.ScalarAsync("select count(*) from c"), Is.EqualTo("4"));
    }

    [Test]
    public async Task UpdateDelete_AffectedRowsAndInfo()
    {
        var up = await _f.RunAsync("update a set n = 5 where g = 'x'");
        Assert.That(up[0].Ok!.Value.AffectedRows, Is.EqualTo(2UL));
        Assert.That(up[0].Ok!.Value.Info, Is.EqualTo("Rows matched: 2  Changed: 2  Warnings: 0"));
        var same = await _f.RunAsync("update a set n = 5 where g = 'x'");
        Assert.That(same[0].Ok!.Value.AffectedRows, Is.EqualTo(0UL));
        var del = await _f.RunAsync("delete from a where id >= 3");
        Assert.That(del[0].Ok!.Value.AffectedRows, Is.EqualTo(2UL));
        Assert.That(await _f.ScalarAsync("select count(*) from a"), Is.EqualTo("2"));
    }

    [Test]
    public async Task Transactions_RollbackAndAutocommit()
    {
        await _f.ExecAsync("begin");
        Assert.That(_f.Session.InTransaction, Is.True);
        await _f.ExecAsync("delete from a");
        await _f.ExecAsync("rollback");
        Assert.That(_f.Session.InTransaction, Is.False);
        Assert.That(await _f.ScalarAsync("select count(*) from a"), Is.EqualTo("4"));
        await _f.ExecAsync("set autocommit = 0");
        await _f.ExecAsync("delete from a where id = 1");
        Assert.That(_f.Session.InTransaction, Is.True);
        var other = _f.NewSession("t2");
        Assert.That(await _f.ScalarAsync("select count(*) from a", other), Is.EqualTo("4"), "uncommitted delete is invisible to others");
        await _f.ExecAsync("commit");
        Assert.That(await _f.ScalarAsync("select count(*) from a", other), Is.EqualTo("3"));
        await _f.ExecAsync("set autocommit = 1");
    }

    [Test]
    public async Task WindowFunctions_RankLagAndRunningSum()
    {
        Assert.That(await _f.RowsAsync("select id, g, row_number() over (partition by g order by id desc) rn from a order by id"),
            Is.EqualTo(R("1|x|2", "2|y|1", "3|x|1", "4|z|1")));
        Assert.That(await _f.RowsAsync("select id, rank() over (order by g) r, dense_rank() over (order by g) d from a order by id"),
            Is.EqualTo(R("1|1|1", "2|3|2", "3|1|1", "4|4|3")));
        Assert.That(await _f.RowsAsync("select id, lag(id) over (order by id) p, lead(id, 2, 0) over (order by id) n from a order by id"),
            Is.EqualTo(R("1|NULL|3", "2|1|4", "3|2|0", "4|3|0")));
        Assert.That(await _f.RowsAsync("select id, sum(n) over (order by id) s, count(*) over () c from a order by id"),
            Is.EqualTo(R("1|10|4", "2|10|4", "3|40|4", "4|80|4")));
        Assert.That(await _f.RowsAsync("select g, sum(n), rank() over (order by sum(n) desc) from a group by g order by g"),
            Is.EqualTo(R("x|40|1", "y|NULL|3", "z|40|1")));
    }

    [Test]
    public async Task MultiTable_UpdateAndDelete()
    {
        var up = await _f.RunAsync("update a join b on b.a_id = a.id set a.n = a.n + 1, b.w = concat(b.w, '!') where a.id = 1");
        Assert.That(up[0].Ok!.Value.AffectedRows, Is.EqualTo(3UL), "a.id=1 once, two b rows");
        Assert.That(await _f.ScalarAsync("select n from a where id = 1"), Is.EqualTo("11"));
        Assert.That(await _f.RowsAsync("select w from b where a_id = 1 order by id"), Is.EqualTo(R("p!", "q!")));
        await _f.ExecAsync("delete b from a join b on b.a_id = a.id where a.g = 'x'");
        Assert.That(await _f.RowsAsync("select id from b order by id"), Is.EqualTo(R("4")));
        await _f.ExecAsync("delete from a using a left join b on b.a_id = a.id where b.id is null and a.id > 2");
        Assert.That(await _f.RowsAsync("select id from a order by id"), Is.EqualTo(R("1", "2")));
    }

    [Test]
    public async Task CreateTableAsSelect_CopiesRows()
    {
        await _f.ExecAsync("create table s as select id, g, n * 2 as n2 from a where id <= 2");
        Assert.That(await _f.RowsAsync("select id, g, n2 from s order by id"), Is.EqualTo(R("1|x|20", "2|y|NULL")));
        Assert.That((await _f.RowsAsync("show columns from s")).Select(r => r[0]), Is.EqualTo(new[] { "id", "g", "n2" }));
    }

    [Test]
    public async Task OrderByIndex_AvoidsSortAndHonoursDirection()
    {
        Assert.That(await _f.RowsAsync("select id from a order by id desc limit 2"), Is.EqualTo(R("4", "3")));
        Assert.That(await _f.RowsAsync("select id from a where id between 1 and 3 order by id desc"), Is.EqualTo(R("3", "2", "1")));
        Assert.That(await _f.RowsAsync("select id, a_id from b order by a_id, id limit 3"), Is.EqualTo(R("1|1", "2|1", "3|3")));
        Assert.That(await _f.RowsAsync("select id from a where id in (3, 1, 2) order by id desc"), Is.EqualTo(R("3", "2", "1")));
        var plan = await _f.RowsAsync("explain select id from a order by id desc limit 2");
        Assert.That(plan[0][11], Is.Not.EqualTo("Using filesort"));
        var sorted = await _f.RowsAsync("explain select id from a order by g");
        Assert.That(sorted[0][11], Does.Contain("filesort"));
    }

    [Test]
    public async Task Explain_ShowsIndexUse()
    {
        var point = await _f.RowsAsync("explain select * from a where id = 3");
        Assert.That(point[0][2], Is.EqualTo("a"));
        Assert.That(point[0][4], Is.EqualTo("const"));
        Assert.That(point[0][6], Is.EqualTo("PRIMARY"));
        var range = await _f.RowsAsync("explain select * from a where id between 1 and 3");
        Assert.That(range[0][4], Is.EqualTo("range"));
        var secondary = await _f.RowsAsync("explain select * from b where a_id = 1");
        Assert.That(secondary[0][4], Is.EqualTo("ref"));
        Assert.That(secondary[0][6], Is.EqualTo("a_id"));
        var scan = await _f.RowsAsync("explain select * from a where g = 'x'");
        Assert.That(scan[0][4], Is.EqualTo("ALL"));
    }
}
