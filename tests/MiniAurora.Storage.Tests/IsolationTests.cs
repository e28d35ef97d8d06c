using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.InMemory;
using static MiniAurora.Storage.Tests.TestSchema;

namespace MiniAurora.Storage.Tests;

[TestFixture]
public sealed class IsolationTests
{
    private InMemoryStorageEngine _engine = null!;
    private TableDef _t = null!;

    [SetUp]
    public async Task SetUp()
    {
        _engine = await InMemoryStorageEngine.OpenAsync(new StorageOptions { LockWaitTimeout = TimeSpan.FromMilliseconds(200) });
        _t = await CreateAsync(_engine, SbTest());
        await InsertAsync(_engine, _t, Row(1, 10, "one", "p"));
    }

    [TearDown]
    public async Task TearDown() => await _engine.DisposeAsync();

    [Test]
    public async Task ReadUncommitted_SeesDirtyRows_OthersDoNot()
    {
        using var writer = _engine.Begin();
        writer.BeginStatement();
        await writer.InsertAsync(_t, Row(2, 20, "two", "p"));
        using var dirty = _engine.Begin(new TransactionOptions(TransactionIsolation.ReadUncommitted));
        using var clean = _engine.Begin(new TransactionOptions(TransactionIsolation.ReadCommitted));
        Assert.That(dirty.TryGetRow(_t, _t.PrimaryKey!, [I(2)], out _), Is.True);
        Assert.That(clean.TryGetRow(_t, _t.PrimaryKey!, [I(2)], out _), Is.False);
    }

    [Test]
    public async Task SharedLocks_AreCompatibleWithEachOther_ButBlockWriters()
    {
        using var a = _engine.Begin();
        using var b = _engine.Begin();
        using var w = _engine.Begin();
        var ra = await a.LockRowAsync(_t, _t.PrimaryKey!, [I(1)], RowLockMode.Shared);
        var rb = await b.LockRowAsync(_t, _t.PrimaryKey!, [I(1)], RowLockMode.Shared);
        Assert.That(ra.IsEmpty || rb.IsEmpty, Is.False);
        Assert.That(w.TryGetRow(_t, _t.PrimaryKey!, [I(1)], out var row));
        var ex = Assert.ThrowsAsync<MiniAuroraException>(async () => await w.UpdateAsync(_t, row, Row(1, 11, "one", "p")));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_LOCK_WAIT_TIMEOUT));
        await a.CommitAsync();
        await b.CommitAsync();
        await w.UpdateAsync(_t, row, Row(1, 11, "one", "p"));
        await w.CommitAsync();
    }

    [Test]
    public async Task ConsistentSnapshot_TakenAtBegin()
    {
        using var early = _engine.Begin(new TransactionOptions(ConsistentSnapshot: true));
        using var lazy = _engine.Begin();
        await InsertAsync(_engine, _t, Row(2, 20, "two", "p"));
        Assert.That(early.TryGetRow(_t, _t.PrimaryKey!, [I(2)], out _), Is.False, "WITH CONSISTENT SNAPSHOT fixes the view at begin");
        Assert.That(lazy.TryGetRow(_t, _t.PrimaryKey!, [I(2)], out _), Is.True, "otherwise the snapshot starts at the first read");
    }

    [Test]
    public async Task DroppedTable_RaisesNoSuchTable()
    {
        using var tx = _engine.Begin();
        await _engine.ApplyDdlAsync(new Catalog.Changes.DropTable("db", "sbtest1"));
        var ex = Assert.Throws<MiniAuroraException>(() => tx.TryGetRow(_t, _t.PrimaryKey!, [I(1)], out _));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_NO_SUCH_TABLE));
    }

    [Test]
    public void PersistedEnums_AreStable()
    {
        Assert.That(Enum.GetValues<IndexKind>().Select(v => (int)v), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        Assert.That(Enum.GetValues<ForeignKeyAction>().Select(v => (int)v), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        Assert.That(Enum.GetValues<CatalogObjectKind>().Select(v => (int)v), Is.EqualTo(new[] { 1, 2, 3, 4, 20, 21, 22, 23, 40, 100 }));
        Assert.That(Enum.GetValues<SqlValueKind>().Select(v => (int)v), Is.EqualTo(Enumerable.Range(0, 11)), "SqlValueKind bytes are in the log");
    }
}
