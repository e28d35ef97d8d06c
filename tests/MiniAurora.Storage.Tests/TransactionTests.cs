using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.InMemory;
using static MiniAurora.Storage.Tests.TestSchema;

namespace MiniAurora.Storage.Tests;

[TestFixture]
public sealed class TransactionTests
{
    private InMemoryStorageEngine _engine = null!;
    private TableDef _t = null!;

    [SetUp]
    public async Task SetUp()
    {
        _engine = await InMemoryStorageEngine.OpenAsync(new StorageOptions());
        _t = await CreateAsync(_engine, SbTest());
        await InsertAsync(_engine, _t, Row(1, 10, "one", "p"), Row(2, 20, "two", "p"));
    }

    [TearDown]
    public async Task TearDown() => await _engine.DisposeAsync();

    private long K(IStorageTransaction tx, long id) => tx.TryGetRow(_t, _t.PrimaryKey!, [I(id)], out var r) ? r.Values[1].AsInt : -1;

    private async Task SetKAsync(IStorageTransaction tx, long id, long k)
    {
        var row = await tx.LockRowAsync(_t, _t.PrimaryKey!, [I(id)], RowLockMode.Exclusive);
        var values = (SqlValue[])row.Values.Clone();
        values[1] = I(k);
        await tx.UpdateAsync(_t, row, values);
    }

    [Test]
    public async Task RepeatableRead_DoesNotSeeLaterCommits_ReadCommittedDoes()
    {
        using var rr = _engine.Begin();
        using var rc = _engine.Begin(new TransactionOptions(TransactionIsolation.ReadCommitted));
        rr.BeginStatement();
        rc.BeginStatement();
        Assert.That(K(rr, 1), Is.EqualTo(10));
        Assert.That(K(rc, 1), Is.EqualTo(10));

        using var writer = _engine.Begin();
        writer.BeginStatement();
        await SetKAsync(writer, 1, 11);
        await writer.InsertAsync(_t, Row(3, 30, "three", "p"));
        Assert.That(K(rr, 1), Is.EqualTo(10), "uncommitted change is invisible");
        Assert.That(K(writer, 1), Is.EqualTo(11), "own change is visible");
        await writer.CommitAsync();

        rr.BeginStatement();
        rc.BeginStatement();
        Assert.That(K(rr, 1), Is.EqualTo(10), "REPEATABLE READ keeps its snapshot");
        Assert.That(K(rr, 3), Is.EqualTo(-1), "no phantom in a snapshot");
        Assert.That(K(rc, 1), Is.EqualTo(11), "READ COMMITTED sees the commit at the next statement");
        Assert.That((await ScanAsync(rr, _t, _t.FindIndex("k_1"), KeyRange.All)).Select(r => r[1].AsInt), Is.EqualTo(new long[] { 10, 20 }));
        Assert.That((await ScanAsync(rc, _t, _t.FindIndex("k_1"), KeyRange.All)).Select(r => r[1].AsInt), Is.EqualTo(new long[] { 11, 20, 30 }));

        // A locking read in REPEATABLE READ sees the latest committed version (InnoDB's current read).
        var current = await rr.LockRowAsync(_t, _t.PrimaryKey!, [I(1)], RowLockMode.Shared);
        Assert.That(current.Values[1].AsInt, Is.EqualTo(11));
    }

    [Test]
    public async Task Rollback_UndoesInsertUpdateDelete()
    {
        using (var tx = _engine.Begin())
        {
            tx.BeginStatement();
            await SetKAsync(tx, 1, 99);
            await tx.InsertAsync(_t, Row(3, 30, "three", "p"));
            Assert.That(tx.TryGetRow(_t, _t.PrimaryKey!, [I(2)], out var two));
            await tx.DeleteAsync(_t, two);
            Assert.That(K(tx, 2), Is.EqualTo(-1));
            tx.Rollback();
        }
        using var check = _engine.Begin();
        Assert.That(K(check, 1), Is.EqualTo(10));
        Assert.That(K(check, 2), Is.EqualTo(20));
        Assert.That(K(check, 3), Is.EqualTo(-1));
        Assert.That((await ScanAsync(check, _t, _t.FindIndex("k_1"), KeyRange.All)).Select(r => r[0].AsInt), Is.EqualTo(new long[] { 1, 2 }));
        Assert.That(_engine.GetStatistics(_t).Rows, Is.EqualTo(2));
    }

    [Test]
    public async Task Savepoints_And_StatementRollback()
    {
        using var tx = _engine.Begin();
        tx.BeginStatement();
        await tx.InsertAsync(_t, Row(3, 30, "three", "p"));
        tx.SetSavepoint("a");
        tx.BeginStatement();
        await tx.InsertAsync(_t, Row(4, 40, "four", "p"));
        tx.SetSavepoint("b");
        await SetKAsync(tx, 1, 11);
        tx.RollbackToSavepoint("a");
        Assert.That(K(tx, 3), Is.EqualTo(30));
        Assert.That(K(tx, 4), Is.EqualTo(-1));
        Assert.That(K(tx, 1), Is.EqualTo(10));
        Assert.Throws<MiniAuroraException>(() => tx.RollbackToSavepoint("b"));

        // A multi-row statement failing midway leaves nothing behind.
        tx.BeginStatement();
        await tx.InsertAsync(_t, Row(5, 50, "five", "p"));
        Assert.ThrowsAsync<MiniAuroraException>(async () => await tx.InsertAsync(_t, Row(1, 0, "dup", "p")));
        tx.RollbackStatement();
        Assert.That(K(tx, 5), Is.EqualTo(-1));
        await tx.CommitAsync();

        using var check = _engine.Begin();
        Assert.That(K(check, 3), Is.EqualTo(30));
        Assert.That(K(check, 4), Is.EqualTo(-1));
    }

    [Test]
    public async Task DeleteThenReinsertSameKey_InOneTransaction()
    {
        using var tx = _engine.Begin();
        tx.BeginStatement();
        Assert.That(tx.TryGetRow(_t, _t.PrimaryKey!, [I(1)], out var one));
        await tx.DeleteAsync(_t, one);
        await tx.InsertAsync(_t, Row(1, 77, "again", "p"));
        await tx.CommitAsync();
        using var check = _engine.Begin();
        Assert.That(K(check, 1), Is.EqualTo(77));
        Assert.That((await ScanAsync(check, _t, _t.FindIndex("k_1"), KeyRange.Equal([I(10)]))).Count, Is.Zero);
    }

    [Test]
    public async Task AutoIncrement_GeneratesAndExplicitValuesRaiseCounter()
    {
        using var tx = _engine.Begin();
        tx.BeginStatement();
        var first = await tx.InsertAsync(_t, Row(null, 1, "a", "p"));
        Assert.That(first.GeneratedId, Is.EqualTo(3UL));
        Assert.That(first.Row.Values[0].AsInt, Is.EqualTo(3));
        await tx.InsertAsync(_t, Row(100, 1, "b", "p"));
        Assert.That((await tx.InsertAsync(_t, Row(null, 1, "c", "p"))).GeneratedId, Is.EqualTo(101UL));
        tx.AutoIncrementIncrement = 10;
        tx.AutoIncrementOffset = 5;
        Assert.That((await tx.InsertAsync(_t, Row(null, 1, "d", "p"))).GeneratedId, Is.EqualTo(105UL));
        tx.Rollback();
        Assert.That(_engine.GetStatistics(_t).AutoIncrement, Is.EqualTo(106UL), "rollback does not give values back");
    }

    [Test]
    public async Task AlterAutoIncrement_SetsCounterButNotBelowMaxInUse()
    {
        var snapshot = await _engine.ApplyDdlAsync(new Catalog.Changes.AlterTable(_t with { Options = _t.Options with { AutoIncrementStart = 500 } }));
        snapshot.TryGetTable("db", "sbtest1", out var t500);
        Assert.That(_engine.GetStatistics(t500).AutoIncrement, Is.EqualTo(500UL));
        await _engine.ApplyDdlAsync(new Catalog.Changes.AlterTable(t500 with { Options = t500.Options with { AutoIncrementStart = 1 } }));
        Assert.That(_engine.GetStatistics(t500).AutoIncrement, Is.EqualTo(3UL), "max id in use is 2");
    }

    [Test]
    public async Task AddingAutoIncrementToAColumn_StartsPastExistingValues()
    {
        var plain = await CreateAsync(_engine, Table("plain", [Col("id", ColumnType.Int, false), Col("v", ColumnType.Int)], Primary(0)));
        await InsertAsync(_engine, plain, Row(7, 1), Row(9, 2));
        var withAuto = plain with { Columns = SqlList.Of(Col("id", ColumnType.Int, false, autoIncrement: true), Col("v", ColumnType.Int)) };
        var snapshot = await _engine.ApplyDdlAsync(new Catalog.Changes.AlterTable(withAuto));
        snapshot.TryGetTable("db", "plain", out var t2);
        using var tx = _engine.Begin();
        tx.BeginStatement();
        Assert.That((await tx.InsertAsync(t2, Row(null, 3))).GeneratedId, Is.EqualTo(10UL));
    }

    [Test]
    public async Task ReadOnlyTransaction_RefusesWrites()
    {
        using var tx = _engine.Begin(new TransactionOptions(ReadOnly: true));
        tx.BeginStatement();
        var ex = Assert.ThrowsAsync<MiniAuroraException>(async () => await tx.InsertAsync(_t, Row(9, 1, "x", "p")));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION));
        await tx.CommitAsync();
    }

    [Test]
    public async Task ManyUpdates_PurgeKeepsIndexesSmallAndCorrect()
    {
        for (int i = 0; i < 500; i++)
        {
            using var tx = _engine.Begin();
            tx.BeginStatement();
            await SetKAsync(tx, 1, 1000 + i);
            await tx.CommitAsync();
        }
        _engine.RunPurge();
        _engine.RunPurge();
        using var check = _engine.Begin();
        var byK = await ScanAsync(check, _t, _t.FindIndex("k_1"), KeyRange.All);
        Assert.That(byK.Select(r => r[1].AsInt), Is.EqualTo(new long[] { 20, 1499 }));
        Assert.That(_engine.EstimateRows(_t, _t.FindIndex("k_1"), KeyRange.All, 10000), Is.LessThan(10));
    }
}
