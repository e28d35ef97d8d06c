using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Catalog.Changes;
using MiniAurora.Storage.InMemory;
using MiniAurora.Storage.Outbox;
using static MiniAurora.Storage.Tests.TestSchema;

namespace MiniAurora.Storage.Tests;

[TestFixture]
public sealed class DurabilityTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "miniaurora-storage-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private ValueTask<InMemoryStorageEngine> OpenAsync(int flushMode = 1) =>
        InMemoryStorageEngine.OpenAsync(new StorageOptions { DataDirectory = _dir, FlushLogAtTrxCommit = flushMode });

    private string StorageDir => Path.Combine(_dir, "storage");

    private string[] Segments => Directory.GetFiles(StorageDir, "wal.*.log").Order().ToArray();

    /// <summary>Simulates a crash: the engine object is abandoned without its shutdown checkpoint.</summary>
    private static async Task CrashAsync(InMemoryStorageEngine engine)
    {
        await engine.StopForCrashTestAsync();
    }

    private static long CountRows(IStorageEngine engine, string table)
    {
        engine.Catalog.TryGetTable("db", table, out var t);
        using var tx = engine.Begin();
        using var cursor = tx.OpenCursor(t, null, KeyRange.All);
        long n = 0;
        while (cursor.MoveNextAsync().Result)
        {
            n++;
        }
        return n;
    }

    [Test]
    public async Task CommittedData_SurvivesCrash_CatalogRowsAndCounters()
    {
        var engine = await OpenAsync();
        var t = await CreateAsync(engine, SbTest());
        await engine.ApplyDdlAsync(new CreateView(new ViewDef("db", "v1", "select 1")));
        await engine.ApplyDdlAsync(new PutObject(new CatalogObject(CatalogObjectKind.Procedure, "db", "p1", "CREATE PROCEDURE p1() SELECT 1")));
        using (var tx = engine.Begin())
        {
            tx.BeginStatement();
            for (int i = 0; i < 100; i++)
            {
                await tx.InsertAsync(t, Row(null, i, "c" + i, "pad"));
            }
            await tx.CommitAsync();
        }
        using (var tx = engine.Begin())
        {
            tx.BeginStatement();
            var row = await tx.LockRowAsync(t, t.PrimaryKey!, [I(5)], RowLockMode.Exclusive);
            var values = (SqlValue[])row.Values.Clone();
            values[2] = S("changed");
            await tx.UpdateAsync(t, row, values);
            var gone = await tx.LockRowAsync(t, t.PrimaryKey!, [I(6)], RowLockMode.Exclusive);
            await tx.DeleteAsync(t, gone);
            await tx.CommitAsync();
        }
        using (var tx = engine.Begin())
        {
            tx.BeginStatement();
            await tx.InsertAsync(t, Row(null, 1, "rolled back", "p"));
            tx.Rollback();
        }
        await CrashAsync(engine);

        await using var reopened = await OpenAsync();
        Assert.That(reopened.Catalog.TryGetTable("db", "sbtest1", out var t2));
        Assert.That(reopened.Catalog.TryGetView("db", "v1", out _));
        Assert.That(reopened.Catalog.TryGetObject(CatalogObjectKind.Procedure, "db", "P1", out var proc) && proc.CreateText.StartsWith("CREATE PROCEDURE", StringComparison.Ordinal));
        Assert.That(CountRows(reopened, "sbtest1"), Is.EqualTo(99));
        using var check = reopened.Begin();
        Assert.That(check.TryGetRow(t2, t2.PrimaryKey!, [I(5)], out var five) && five.Values[2].AsString == "changed");
        Assert.That(check.TryGetRow(t2, t2.PrimaryKey!, [I(6)], out _), Is.False);
        var byK = check.OpenCursor(t2, t2.FindIndex("k_1"), KeyRange.Equal([I(7)]));
        Assert.That(byK.MoveNextAsync().Result && byK.Current.Values[0].AsInt == 8);
        check.BeginStatement();
        var next = await check.InsertAsync(t2, Row(null, 0, "x", "p"));
        Assert.That(next.GeneratedId, Is.GreaterThanOrEqualTo(101UL), "AUTO_INCREMENT survives restart");
    }

    [Test]
    public async Task Checkpoint_ThenMoreCommits_ReopensFromSnapshotPlusLog()
    {
        var engine = await OpenAsync();
        var t = await CreateAsync(engine, SbTest());
        for (int i = 1; i <= 50; i++)
        {
            await InsertAsync(engine, t, Row(i, i, "c", "p"));
        }
        await engine.CheckpointAsync();
        Assert.That(Directory.GetFiles(StorageDir, "snapshot.*.dat"), Has.Length.EqualTo(1));
        Assert.That(Segments, Has.Length.EqualTo(1), "older segments are deleted");
        for (int i = 51; i <= 60; i++)
        {
            await InsertAsync(engine, t, Row(i, i, "c", "p"));
        }
        await engine.ApplyDdlAsync(new TruncateTable("db", "sbtest1"));
        await InsertAsync(engine, t, Row(1000, 1, "after truncate", "p"));
        await CrashAsync(engine);

        var reopened = await OpenAsync();
        Assert.That(CountRows(reopened, "sbtest1"), Is.EqualTo(1));
        await reopened.DisposeAsync();
        // The clean shutdown checkpointed: a third open has nothing to replay but the same data.
        await using var third = await OpenAsync();
        Assert.That(CountRows(third, "sbtest1"), Is.EqualTo(1));
    }

    [Test]
    public async Task TornTail_IsDiscardedAndLogKeepsWorking()
    {
        var engine = await OpenAsync();
        var t = await CreateAsync(engine, SbTest());
        await InsertAsync(engine, t, Row(1, 1, "a", "p"));
        await InsertAsync(engine, t, Row(2, 2, "b", "p"));
        await CrashAsync(engine);
        var segment = Segments[^1];
        long length = new FileInfo(segment).Length;
        using (var f = new FileStream(segment, FileMode.Open))
        {
            f.SetLength(length - 5);
        }
        var reopened = await OpenAsync();
        Assert.That(CountRows(reopened, "sbtest1"), Is.EqualTo(1), "the torn last commit is dropped, the earlier one kept");
        reopened.Catalog.TryGetTable("db", "sbtest1", out var t2);
        await InsertAsync(reopened, t2, Row(3, 3, "c", "p"));
        await CrashAsync(reopened);
        await using var third = await OpenAsync();
        Assert.That(CountRows(third, "sbtest1"), Is.EqualTo(2));
    }

    [Test]
    public async Task FlippedByteInsideTheLog_RefusesToStartNamingFileAndOffset()
    {
        var engine = await OpenAsync();
        var t = await CreateAsync(engine, SbTest());
        await InsertAsync(engine, t, Row(1, 1, "aaaaaaaaaaaaaaaaaaaa", "p"));
        await InsertAsync(engine, t, Row(2, 2, "b", "p"));
        await CrashAsync(engine);
        var segment = Segments[^1];
        var bytes = await File.ReadAllBytesAsync(segment);
        int at = IndexOf(bytes, "aaaaaaaaaa"u8.ToArray());
        bytes[at] ^= 0x20;
        await File.WriteAllBytesAsync(segment, bytes);
        var ex = Assert.ThrowsAsync<StorageCorruptException>(async () => await OpenAsync());
        Assert.That(ex!.FilePath, Is.EqualTo(segment));
        Assert.That(ex.Message, Does.Contain(segment).And.Contain("offset"));
    }

    [Test]
    public async Task ZeroFilledTail_IsTreatedAsTorn()
    {
        var engine = await OpenAsync();
        var t = await CreateAsync(engine, SbTest());
        await InsertAsync(engine, t, Row(1, 1, "a", "p"));
        await CrashAsync(engine);
        using (var f = new FileStream(Segments[^1], FileMode.Append))
        {
            f.Write(new byte[4096]);
        }
        await using var reopened = await OpenAsync();
        Assert.That(CountRows(reopened, "sbtest1"), Is.EqualTo(1));
    }

    [Test]
    public async Task FlippedByteInLastCommit_RecoversToLastGoodRecord()
    {
        var engine = await OpenAsync();
        var t = await CreateAsync(engine, SbTest());
        await InsertAsync(engine, t, Row(1, 1, "a", "p"));
        await InsertAsync(engine, t, Row(2, 2, "b", "p"));
        await CrashAsync(engine);
        var bytes = await File.ReadAllBytesAsync(Segments[^1]);
        bytes[^3] ^= 0xFF;
        await File.WriteAllBytesAsync(Segments[^1], bytes);
        await using var reopened = await OpenAsync();
        Assert.That(CountRows(reopened, "sbtest1"), Is.EqualTo(1));
    }

    [Test]
    public async Task FlippedLengthOfAnEarlierRecord_IsCorruption()
    {
        var engine = await OpenAsync();
        var t = await CreateAsync(engine, SbTest());
        await InsertAsync(engine, t, Row(1, 1, "a", "p"));
        await InsertAsync(engine, t, Row(2, 2, "b", "p"));
        await CrashAsync(engine);
        var bytes = await File.ReadAllBytesAsync(Segments[^1]);
        bytes[1] ^= 0x01;
        await File.WriteAllBytesAsync(Segments[^1], bytes);
        var ex = Assert.ThrowsAsync<StorageCorruptException>(async () => await OpenAsync());
        Assert.That(ex!.Offset, Is.Zero);
    }

    [Test]
    public async Task FlippedByteInSnapshot_RefusesToStart()
    {
        var engine = await OpenAsync();
        var t = await CreateAsync(engine, SbTest());
        await InsertAsync(engine, t, Row(1, 1, "zzzzzzzzzzzzzzzz", "p"));
        await engine.DisposeAsync();
        var snapshot = Directory.GetFiles(StorageDir, "snapshot.*.dat").Single();
        var bytes = await File.ReadAllBytesAsync(snapshot);
        bytes[IndexOf(bytes, "zzzzzzzz"u8.ToArray())] ^= 1;
        await File.WriteAllBytesAsync(snapshot, bytes);
        var ex = Assert.ThrowsAsync<StorageCorruptException>(async () => await OpenAsync());
        Assert.That(ex!.FilePath, Is.EqualTo(snapshot));
    }

    [Test]
    public async Task GroupCommit_ManyConcurrentCommitsAllDurable([Values(0, 1, 2)] int flushMode)
    {
        var engine = await OpenAsync(flushMode);
        var t = await CreateAsync(engine, SbTest());
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (int i = 0; i < 50; i++)
            {
                await InsertAsync(engine, t, Row(w * 1000 + i, i, "c", "p"));
            }
        })));
        if (flushMode != 1)
        {
            await engine.CheckpointAsync();
        }
        await CrashAsync(engine);
        await using var reopened = await OpenAsync();
        Assert.That(CountRows(reopened, "sbtest1"), Is.EqualTo(400));
    }

    [Test]
    public async Task Outbox_HandedOutAfterCommitAndAgainAfterRestartUntilAcknowledged()
    {
        var engine = await OpenAsync();
        var t = await CreateAsync(engine, SbTest());
        var seen = new List<OutboxRecord>();
        engine.RegisterOutboxConsumer(new Collector(seen));
        using (var tx = engine.Begin())
        {
            tx.BeginStatement();
            await tx.InsertAsync(t, Row(1, 1, "a", "p"));
            tx.AddOutboxRecord(7, new byte[] { 1, 2, 3 });
            await tx.CommitAsync();
        }
        using (var tx = engine.Begin())
        {
            tx.BeginStatement();
            tx.AddOutboxRecord(7, new byte[] { 9 });
            tx.Rollback();
        }
        Assert.That(seen, Has.Count.EqualTo(1));
        Assert.That(seen[0].Payload.ToArray(), Is.EqualTo(new byte[] { 1, 2, 3 }));
        await CrashAsync(engine);

        var reopened = await OpenAsync();
        var again = new List<OutboxRecord>();
        reopened.RegisterOutboxConsumer(new Collector(again));
        Assert.That(again.Select(r => r.Id), Is.EqualTo(seen.Select(r => r.Id)), "same stable id after restart");
        await reopened.AcknowledgeOutboxAsync([again[0].Id]);
        await reopened.DisposeAsync();
        await using var third = await OpenAsync();
        var none = new List<OutboxRecord>();
        third.RegisterOutboxConsumer(new Collector(none));
        Assert.That(none, Is.Empty);
    }

    private sealed class Collector(List<OutboxRecord> into) : IOutboxConsumer
    {
        public void OnCommitted(IReadOnlyList<OutboxRecord> records)
        {
            lock (into)
            {
                into.AddRange(records);
            }
        }
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
