using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Storage.InMemory;
using static MiniAurora.Storage.Tests.TestSchema;

namespace MiniAurora.Storage.Tests;

/// <summary>The storage calls of sysbench oltp_read_write, from 8 workers, then a restart that must reproduce the same data.</summary>
[TestFixture]
public sealed class SysbenchLikeTests
{
    [Test]
    public async Task OltpReadWrite_EightWorkers_KeepsRowCountAndSurvivesRestart()
    {
        var dir = Path.Combine(Path.GetTempPath(), "miniaurora-oltp-" + Guid.NewGuid().ToString("N"));
        try
        {
            var engine = await InMemoryStorageEngine.OpenAsync(new StorageOptions { DataDirectory = dir, LockWaitTimeout = TimeSpan.FromSeconds(10) });
            var t = await CreateAsync(engine, SbTest() with { Indexes = SbTest().Indexes.Items.RemoveAt(1) });
            using (var tx = engine.Begin())
            {
                tx.BeginStatement();
                for (int i = 0; i < 2000; i++)
                {
                    await tx.InsertAsync(t, Row(null, i % 100, "c" + i, "pad"));
                }
                await tx.CommitAsync();
            }
            var snapshot = await engine.ApplyDdlAsync(new Catalog.Changes.AlterTable(t with { Indexes = SbTest().Indexes }));
            snapshot.TryGetTable("db", "sbtest1", out t);
            var k1 = t.FindIndex("k_1")!;
            var pk = t.PrimaryKey!;
            int deadlocks = 0;
            int inconsistent = 0;
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
            {
                var random = new Random(w);
                while (!stop.IsCancellationRequested)
                {
                    using var tx = engine.Begin();
                    try
                    {
                        for (int i = 0; i < 10; i++)
                        {
                            tx.BeginStatement();
                            tx.TryGetRow(t, pk, [I(random.Next(1, 2001))], out _);
                        }
                        tx.BeginStatement();
                        int lo = random.Next(1, 1900);
                        long sum = 0;
                        using (var c = tx.OpenCursor(t, pk, KeyRange.Between([I(lo)], [I(lo + 99)])))
                        {
                            while (await c.MoveNextAsync())
                            {
                                sum += c.Current.Values[1].AsInt;
                            }
                        }
                        long again = 0, viaK = 0;
                        using (var c = tx.OpenCursor(t, pk, KeyRange.Between([I(lo)], [I(lo + 99)]), ScanDirection.Backward))
                        {
                            while (await c.MoveNextAsync())
                            {
                                again += c.Current.Values[1].AsInt;
                            }
                        }
                        using (var c = tx.OpenCursor(t, k1, KeyRange.All))
                        {
                            while (await c.MoveNextAsync())
                            {
                                long rowId = c.Current.Values[0].AsInt;
                                viaK += rowId >= lo && rowId <= lo + 99 ? c.Current.Values[1].AsInt : 0;
                            }
                        }
                        if (again != sum || viaK != sum)
                        {
                            Interlocked.Increment(ref inconsistent);
                        }
                        tx.BeginStatement();
                        var row = await tx.LockRowAsync(t, pk, [I(random.Next(1, 2001))], RowLockMode.Exclusive);
                        if (!row.IsEmpty)
                        {
                            await tx.UpdateAsync(t, row, Row(row.Values[0], row.Values[1].AsInt + 1, row.Values[2], row.Values[3]));
                        }
                        tx.BeginStatement();
                        row = await tx.LockRowAsync(t, pk, [I(random.Next(1, 2001))], RowLockMode.Exclusive);
                        if (!row.IsEmpty)
                        {
                            await tx.UpdateAsync(t, row, Row(row.Values[0], row.Values[1], "c" + random.Next(), row.Values[3]));
                        }
                        int id = random.Next(1, 2001);
                        tx.BeginStatement();
                        row = await tx.LockRowAsync(t, pk, [I(id)], RowLockMode.Exclusive);
                        if (!row.IsEmpty)
                        {
                            await tx.DeleteAsync(t, row);
                        }
                        tx.BeginStatement();
                        await tx.InsertAsync(t, Row(id, random.Next(0, 100), "new", "pad"));
                        await tx.CommitAsync();
                    }
                    catch (MiniAuroraException e) when (e.Code == ErrorCode.ER_LOCK_DEADLOCK)
                    {
                        Interlocked.Increment(ref deadlocks);
                    }
                }
            })));
            Assert.That(inconsistent, Is.Zero, "repeatable read: the same range read three ways in one snapshot agrees");
            engine.RunPurge();
            var before = await DumpAsync(engine, t);
            Assert.That(before, Has.Count.EqualTo(2000));
            using (var check = engine.Begin())
            {
                var viaK = await ScanAsync(check, t, k1, KeyRange.All);
                Assert.That(viaK, Has.Count.EqualTo(2000), "secondary index agrees with the clustered index");
                Assert.That(viaK.Zip(viaK.Skip(1)).All(p => p.First[1].AsInt <= p.Second[1].AsInt));
            }
            await engine.StopForCrashTestAsync();
            await using var reopened = await InMemoryStorageEngine.OpenAsync(new StorageOptions { DataDirectory = dir });
            reopened.Catalog.TryGetTable("db", "sbtest1", out var t2);
            var after = await DumpAsync(reopened, t2);
            Assert.That(after, Is.EqualTo(before));
            TestContext.Out.WriteLine($"deadlocks: {deadlocks}");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static async Task<List<string>> DumpAsync(IStorageEngine engine, Catalog.TableDef t)
    {
        using var tx = engine.Begin();
        return (await ScanAsync(tx, t, null, KeyRange.All)).Select(r => string.Join("|", r.Select(v => v.ToString()))).ToList();
    }
}
