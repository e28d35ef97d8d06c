using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.InMemory;
using static MiniAurora.Storage.Tests.TestSchema;

namespace MiniAurora.Storage.Tests;

[TestFixture]
public sealed class LockTests
{
    private InMemoryStorageEngine _engine = null!;
    private TableDef _t = null!;

    [SetUp]
    public async Task SetUp()
    {
        _engine = await InMemoryStorageEngine.OpenAsync(new StorageOptions { LockWaitTimeout = TimeSpan.FromMilliseconds(300) });
        _t = await CreateAsync(_engine, SbTest());
        await InsertAsync(_engine, _t, Row(1, 10, "one", "p"), Row(2, 20, "two", "p"));
    }

    [TearDown]
    public async Task TearDown() => await _engine.DisposeAsync();

    private ValueTask<RowRef> LockAsync(IStorageTransaction tx, long id) =>
        tx.LockRowAsync(_t, _t.PrimaryKey!, [I(id)], RowLockMode.Exclusive);

    [Test]
    public async Task ConflictingLock_TimesOutWith1205_AndReadersDoNotBlock()
    {
        using var a = _engine.Begin();
        using var b = _engine.Begin();
        a.BeginStatement();
        b.BeginStatement();
        await LockAsync(a, 1);
        var ex = Assert.ThrowsAsync<MiniAuroraException>(async () => await LockAsync(b, 1));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_LOCK_WAIT_TIMEOUT));
        Assert.That(b.State, Is.EqualTo(TransactionState.Active));
        Assert.That(b.TryGetRow(_t, _t.PrimaryKey!, [I(1)], out _), Is.True, "consistent reads never wait");
        await LockAsync(b, 2);
    }

    [Test]
    public async Task Waiter_GetsLockAfterCommit_AndSeesNewValue()
    {
        using var a = _engine.Begin();
        using var b = _engine.Begin();
        a.BeginStatement();
        b.BeginStatement();
        var row = await LockAsync(a, 1);
        var waiting = LockAsync(b, 1).AsTask();
        await Task.Delay(50);
        Assert.That(waiting.IsCompleted, Is.False);
        var values = (SqlValue[])row.Values.Clone();
        values[1] = I(11);
        await a.UpdateAsync(_t, row, values);
        await a.CommitAsync();
        var got = await waiting;
        Assert.That(got.Values[1].AsInt, Is.EqualTo(11), "no lost update: the waiter reads the committed value");
    }

    [Test]
    public async Task Deadlock_VictimGets1213AndIsRolledBack()
    {
        using var a = _engine.Begin(new TransactionOptions(LockWaitTimeout: TimeSpan.FromSeconds(10)));
        using var b = _engine.Begin(new TransactionOptions(LockWaitTimeout: TimeSpan.FromSeconds(10)));
        a.BeginStatement();
        b.BeginStatement();
        await LockAsync(a, 1);
        await LockAsync(b, 2);
        var aWaits = LockAsync(a, 2).AsTask();
        await Task.Delay(50);
        var ex = Assert.ThrowsAsync<MiniAuroraException>(async () => await LockAsync(b, 1));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_LOCK_DEADLOCK));
        Assert.That(b.State, Is.EqualTo(TransactionState.RolledBack));
        var got = await aWaits;
        Assert.That(got.IsEmpty, Is.False);
    }

    [Test]
    public async Task ConcurrentInsertsOfSameKey_SecondWaitsThenGetsDuplicate()
    {
        using var a = _engine.Begin();
        using var b = _engine.Begin(new TransactionOptions(LockWaitTimeout: TimeSpan.FromSeconds(10)));
        a.BeginStatement();
        b.BeginStatement();
        await a.InsertAsync(_t, Row(5, 1, "a", "p"));
        var second = b.InsertAsync(_t, Row(5, 2, "b", "p")).AsTask();
        await Task.Delay(50);
        Assert.That(second.IsCompleted, Is.False);
        await a.CommitAsync();
        var ex = Assert.ThrowsAsync<MiniAuroraException>(async () => await second);
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_DUP_ENTRY));
    }

    [Test]
    public async Task ConcurrentInsertsOfSameKey_SecondSucceedsAfterFirstRollsBack()
    {
        using var a = _engine.Begin();
        using var b = _engine.Begin(new TransactionOptions(LockWaitTimeout: TimeSpan.FromSeconds(10)));
        a.BeginStatement();
        b.BeginStatement();
        await a.InsertAsync(_t, Row(5, 1, "a", "p"));
        var second = b.InsertAsync(_t, Row(5, 2, "b", "p")).AsTask();
        await Task.Delay(50);
        a.Rollback();
        await second;
        await b.CommitAsync();
        using var check = _engine.Begin();
        Assert.That(check.TryGetRow(_t, _t.PrimaryKey!, [I(5)], out var row) && row.Values[1].AsInt == 2);
    }

    [Test]
    public async Task ParallelIncrements_NoLostUpdates()
    {
        var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (int i = 0; i < 200; i++)
            {
                using var tx = _engine.Begin(new TransactionOptions(LockWaitTimeout: TimeSpan.FromSeconds(30)));
                tx.BeginStatement();
                var row = await LockAsync(tx, 1);
                var values = (SqlValue[])row.Values.Clone();
                values[1] = I(values[1].AsInt + 1);
                await tx.UpdateAsync(_t, row, values);
                await tx.CommitAsync();
            }
        })).ToArray();
        await Task.WhenAll(workers);
        using var check = _engine.Begin();
        Assert.That(check.TryGetRow(_t, _t.PrimaryKey!, [I(1)], out var r) && r.Values[1].AsInt == 10 + 1600);
    }

    [Test]
    public async Task OrderedLocking_NeverReportsAFalseDeadlock()
    {
        await InsertAsync(_engine, _t, Row(3, 30, "three", "p"));
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            for (int i = 0; i < 300; i++)
            {
                using var tx = _engine.Begin(new TransactionOptions(LockWaitTimeout: TimeSpan.FromSeconds(30)));
                tx.BeginStatement();
                int first = random.Next(1, 4);
                for (int id = first; id <= 3; id++)
                {
                    var row = await LockAsync(tx, id);
                    await tx.UpdateAsync(_t, row, Row(id, row.Values[1].AsInt + 1, row.Values[2], "p"));
                }
                await tx.CommitAsync();
            }
        })));
    }
}
