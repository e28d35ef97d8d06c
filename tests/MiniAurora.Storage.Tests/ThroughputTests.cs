using System.Diagnostics;
using MiniAurora.Core.Values;
using MiniAurora.Storage.InMemory;
using static MiniAurora.Storage.Tests.TestSchema;

namespace MiniAurora.Storage.Tests;

/// <summary>Rough in-process throughput figures (not run by default; storage only, no SQL or protocol).</summary>
[TestFixture]
[Explicit("measurement")]
public sealed class ThroughputTests
{
    [Test]
    public async Task PointSelectAndUpdate_EightThreads()
    {
        var dir = Path.Combine(Path.GetTempPath(), "miniaurora-bench-" + Guid.NewGuid().ToString("N"));
        var engine = await InMemoryStorageEngine.OpenAsync(new StorageOptions { DataDirectory = dir });
        var t = await CreateAsync(engine, SbTest());
        using (var tx = engine.Begin())
        {
            tx.BeginStatement();
            for (int i = 1; i <= 10000; i++)
            {
                await tx.InsertAsync(t, Row(i, i, new string('c', 119), new string('p', 59)));
            }
            await tx.CommitAsync();
        }
        var sw = Stopwatch.StartNew();
        long selects = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(() =>
        {
            var random = new Random(w);
            var key = new SqlValue[1];
            long n = 0;
            while (sw.ElapsedMilliseconds < 2000)
            {
                using var tx = engine.Begin();
                tx.BeginStatement();
                key[0] = SqlValue.FromInt(random.Next(1, 10001));
                if (tx.TryGetRow(t, t.PrimaryKey!, key, out _))
                {
                    n++;
                }
                tx.CommitAsync();
            }
            Interlocked.Add(ref selects, n);
        })));
        TestContext.Out.WriteLine($"point selects: {selects / 2.0:N0}/s");

        sw.Restart();
        long updates = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            long n = 0;
            while (sw.ElapsedMilliseconds < 2000)
            {
                using var tx = engine.Begin();
                tx.BeginStatement();
                var row = await tx.LockRowAsync(t, t.PrimaryKey!, [SqlValue.FromInt(random.Next(1, 10001))], RowLockMode.Exclusive);
                var values = (SqlValue[])row.Values.Clone();
                values[1] = SqlValue.FromInt(values[1].AsInt + 1);
                await tx.UpdateAsync(t, row, values);
                await tx.CommitAsync();
                n++;
            }
            Interlocked.Add(ref updates, n);
        })));
        TestContext.Out.WriteLine($"update commits (fsync group commit): {updates / 2.0:N0}/s");
        await engine.DisposeAsync();
        Directory.Delete(dir, true);
    }

    [Test]
    public async Task MemoryPerRow_SbtestRows()
    {
        var engine = await InMemoryStorageEngine.OpenAsync(new StorageOptions());
        var t = await CreateAsync(engine, SbTest());
        long before = GC.GetTotalMemory(forceFullCollection: true);
        const int rows = 200_000;
        using (var tx = engine.Begin())
        {
            tx.BeginStatement();
            for (int i = 1; i <= rows; i++)
            {
                await tx.InsertAsync(t, Row(i, i % 1000, new string((char)('a' + (i % 26)), 119), new string('p', 59)));
            }
            await tx.CommitAsync();
        }
        engine.RunPurge();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        TestContext.Out.WriteLine($"bytes per sbtest row (incl. PK and k_1 index): {(after - before) / (double)rows:N0}; raw row ~ 187 bytes");
        GC.KeepAlive(engine);
        await engine.DisposeAsync();
    }

    [Test]
    public async Task SingleThread_CostBreakdown()
    {
        var engine = await InMemoryStorageEngine.OpenAsync(new StorageOptions());
        var t = await CreateAsync(engine, SbTest());
        using (var tx = engine.Begin())
        {
            tx.BeginStatement();
            for (int i = 1; i <= 10000; i++)
            {
                await tx.InsertAsync(t, Row(i, i, new string('c', 119), new string('p', 59)));
            }
            await tx.CommitAsync();
        }
        var key = new SqlValue[1];
        var pk = t.PrimaryKey!;
        const int n = 1_000_000;
        using (var tx = engine.Begin())
        {
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < n; i++)
            {
                key[0] = SqlValue.FromInt((i % 10000) + 1);
                tx.TryGetRow(t, pk, key, out _);
            }
            TestContext.Out.WriteLine($"TryGetRow: {sw.Elapsed.TotalMilliseconds * 1e6 / n:N0} ns");
        }
        var sw2 = Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < n; i++)
        {
            using var tx = engine.Begin();
            tx.BeginStatement();
            key[0] = SqlValue.FromInt((i % 10000) + 1);
            tx.TryGetRow(t, pk, key, out _);
            _ = tx.CommitAsync();
        }
        TestContext.Out.WriteLine($"Begin+TryGetRow+Commit: {sw2.Elapsed.TotalMilliseconds * 1e6 / n:N0} ns, {(GC.GetAllocatedBytesForCurrentThread() - before) / n} bytes");
        await engine.DisposeAsync();
    }
}
