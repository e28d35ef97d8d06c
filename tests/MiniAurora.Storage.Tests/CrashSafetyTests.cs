using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Catalog.Changes;
using MiniAurora.Storage.InMemory;
using static MiniAurora.Storage.Tests.TestSchema;

namespace MiniAurora.Storage.Tests;

[TestFixture]
public sealed class CrashSafetyTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Path.Combine(Path.GetTempPath(), "miniaurora-crash-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private ValueTask<InMemoryStorageEngine> OpenAsync() =>
        InMemoryStorageEngine.OpenAsync(new StorageOptions { DataDirectory = _dir, LockWaitTimeout = TimeSpan.FromSeconds(5) });

    private static TableDef Accounts() => Table(
        "accounts", [Col("id", ColumnType.Int, false), Col("balance", ColumnType.BigInt, false)], Primary(0));

    private static TableDef Ledger() => Table(
        "ledger", [Col("id", ColumnType.BigInt, false, autoIncrement: true), Col("worker", ColumnType.Int, false)], Primary(0));

    [Test]
    public async Task Transfers_WithConcurrentCheckpoints_KeepTotalAndEveryAcknowledgedCommit()
    {
        var engine = await OpenAsync();
        var accounts = await CreateAsync(engine, Accounts());
        var ledger = await CreateAsync(engine, Ledger());
        await InsertAsync(engine, accounts, Enumerable.Range(1, 10).Select(i => Row(i, 100)).ToArray());
        var acknowledged = new int[4];
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            while (!stop.IsCancellationRequested)
            {
                int from = random.Next(1, 11), to = random.Next(1, 11);
                if (from == to)
                {
                    continue;
                }
                using var tx = engine.Begin();
                tx.BeginStatement();
                try
                {
                    var a = await tx.LockRowAsync(accounts, accounts.PrimaryKey!, [I(from)], RowLockMode.Exclusive);
                    var b = await tx.LockRowAsync(accounts, accounts.PrimaryKey!, [I(to)], RowLockMode.Exclusive);
                    await tx.UpdateAsync(accounts, a, Row(from, a.Values[1].AsInt - 7));
                    await tx.UpdateAsync(accounts, b, Row(to, b.Values[1].AsInt + 7));
                    await tx.InsertAsync(ledger, Row(null, w));
                    await tx.CommitAsync();
                    Interlocked.Increment(ref acknowledged[w]);
                }
                catch (MiniAuroraException e) when (e.Code is ErrorCode.ER_LOCK_DEADLOCK or ErrorCode.ER_LOCK_WAIT_TIMEOUT)
                {
                    tx.Rollback();
                }
            }
        })).ToArray();
        var checkpoints = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await engine.CheckpointAsync();
                await Task.Delay(100);
            }
        });
        await Task.WhenAll(workers);
        await checkpoints;
        await engine.StopForCrashTestAsync();

        await using var reopened = await OpenAsync();
        reopened.Catalog.TryGetTable("db", "accounts", out var a2);
        reopened.Catalog.TryGetTable("db", "ledger", out var l2);
        using var tx2 = reopened.Begin();
        var balances = await ScanAsync(tx2, a2, null, KeyRange.All);
        Assert.That(balances.Sum(r => r[1].AsInt), Is.EqualTo(1000));
        var entries = await ScanAsync(tx2, l2, null, KeyRange.All);
        for (int w = 0; w < 4; w++)
        {
            Assert.That(entries.Count(r => r[1].AsInt == w), Is.EqualTo(acknowledged[w]), $"worker {w}");
        }
        Assert.That(acknowledged.Sum(), Is.GreaterThan(10));
    }

    [Test]
    public async Task DdlRebuildRenameAndDropDatabase_SurviveRestart()
    {
        var engine = await OpenAsync();
        var t = await CreateAsync(engine, SbTest());
        await InsertAsync(engine, t, Row(1, 1, "a", "p"), Row(2, 2, "b", "p"));
        var widened = t with { Columns = t.Columns.Items.Add(Col("extra", ColumnType.Int)) };
        await engine.ApplyDdlAsync(new AlterTable(widened, row => [.. row, SqlValue.FromInt(row[0].AsInt * 100)]));
        await engine.ApplyDdlAsync(new RenameTable("db", "sbtest1", "db", "renamed"));
        await engine.ApplyDdlAsync(new CreateDatabase(new DatabaseDef("gone", Collation.Default)));
        await engine.ApplyDdlAsync(new CreateTable(SbTest() with { Schema = "gone" }));
        await engine.ApplyDdlAsync(new DropDatabase("gone"));
        await engine.StopForCrashTestAsync();

        await using var reopened = await OpenAsync();
        Assert.That(reopened.Catalog.TryGetDatabase("gone", out _), Is.False);
        Assert.That(reopened.Catalog.TryGetTable("db", "sbtest1", out _), Is.False);
        Assert.That(reopened.Catalog.TryGetTable("db", "renamed", out var renamed));
        Assert.That(renamed.Columns, Has.Count.EqualTo(5));
        using var tx = reopened.Begin();
        var rows = await ScanAsync(tx, renamed, renamed.FindIndex("k_1"), KeyRange.All);
        Assert.That(rows.Select(r => r[4].AsInt), Is.EqualTo(new long[] { 100, 200 }));
    }

    /// <summary>
    /// Crash images: copies of the live log taken at random moments while writers commit (what a power cut
    /// would leave, torn tail included). Each must open, keep the invariant, and hold every commit that was
    /// acknowledged before the copy began.
    /// </summary>
    [Test]
    public async Task CopiesOfTheLiveLog_RecoverConsistently()
    {
        var engine = await OpenAsync();
        var accounts = await CreateAsync(engine, Accounts());
        var ledger = await CreateAsync(engine, Ledger());
        await InsertAsync(engine, accounts, Enumerable.Range(1, 10).Select(i => Row(i, 100)).ToArray());
        var acknowledged = new int[4];
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            while (!stop.IsCancellationRequested)
            {
                int from = random.Next(1, 11), to = from % 10 + 1;
                using var tx = engine.Begin();
                tx.BeginStatement();
                try
                {
                    var a = await tx.LockRowAsync(accounts, accounts.PrimaryKey!, [I(Math.Min(from, to))], RowLockMode.Exclusive);
                    var b = await tx.LockRowAsync(accounts, accounts.PrimaryKey!, [I(Math.Max(from, to))], RowLockMode.Exclusive);
                    await tx.UpdateAsync(accounts, a, Row(a.Values[0], a.Values[1].AsInt - 3));
                    await tx.UpdateAsync(accounts, b, Row(b.Values[0], b.Values[1].AsInt + 3));
                    await tx.InsertAsync(ledger, Row(null, w));
                    await tx.CommitAsync();
                    Interlocked.Increment(ref acknowledged[w]);
                }
                catch (MiniAuroraException e) when (e.Code is ErrorCode.ER_LOCK_DEADLOCK or ErrorCode.ER_LOCK_WAIT_TIMEOUT)
                {
                    tx.Rollback();
                }
            }
        })).ToArray();
        var images = new List<(string Dir, int[] AckedBefore)>();
        var random = new Random(7);
        for (int i = 0; i < 5; i++)
        {
            await Task.Delay(random.Next(50, 250));
            var acked = acknowledged.Select(v => Volatile.Read(ref v)).ToArray();
            var image = Path.Combine(_dir, "image" + i);
            Directory.CreateDirectory(Path.Combine(image, "storage"));
            foreach (var file in Directory.GetFiles(Path.Combine(_dir, "storage")))
            {
                File.Copy(file, Path.Combine(image, "storage", Path.GetFileName(file)));
            }
            images.Add((image, acked));
        }
        await stop.CancelAsync();
        await Task.WhenAll(workers);
        await engine.StopForCrashTestAsync();

        foreach (var (image, ackedBefore) in images)
        {
            await using var recovered = await InMemoryStorageEngine.OpenAsync(new StorageOptions { DataDirectory = image });
            recovered.Catalog.TryGetTable("db", "accounts", out var a2);
            recovered.Catalog.TryGetTable("db", "ledger", out var l2);
            using var tx = recovered.Begin();
            Assert.That((await ScanAsync(tx, a2, null, KeyRange.All)).Sum(r => r[1].AsInt), Is.EqualTo(1000), image);
            var entries = await ScanAsync(tx, l2, null, KeyRange.All);
            for (int w = 0; w < 4; w++)
            {
                Assert.That(entries.Count(r => r[1].AsInt == w), Is.GreaterThanOrEqualTo(ackedBefore[w]), $"{image} worker {w}");
            }
        }
    }
}
