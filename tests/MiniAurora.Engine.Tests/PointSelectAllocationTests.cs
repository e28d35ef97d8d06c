using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Tests;

/// <summary>Guards the sysbench point-select path: a prepared execution must not re-plan and must allocate little.</summary>
[TestFixture]
public sealed class PointSelectAllocationTests
{
    [Test]
    public async Task PreparedPointSelect_AllocatesLittle()
    {
        await using var f = await EngineFixture.CreateAsync("sb");
        await f.ExecAsync("CREATE TABLE sbtest1(id INTEGER NOT NULL AUTO_INCREMENT, k INTEGER DEFAULT '0' NOT NULL, c CHAR(120) DEFAULT '' NOT NULL, pad CHAR(60) DEFAULT '' NOT NULL, PRIMARY KEY (id))");
        await f.ExecAsync("INSERT INTO sbtest1(k, c, pad) VALUES (1, 'a', 'b'), (2, 'c', 'd')");
        var ps = f.Session.Prepare("SELECT c FROM sbtest1 WHERE id=?");
        var sink = new CountingSink(f.Session);
        var args = new[] { SqlValue.FromInt(2) };
        for (int i = 0; i < 200; i++)
        {
            await f.Session.ExecutePreparedAsync(ps.Id, args, sink, CancellationToken.None);
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        const int n = 1000;
        for (int i = 0; i < n; i++)
        {
            await f.Session.ExecutePreparedAsync(ps.Id, args, sink, CancellationToken.None);
        }
        long perExecution = (GC.GetAllocatedBytesForCurrentThread() - before) / n;
        TestContext.Out.WriteLine($"bytes allocated per prepared point select: {perExecution}");
        Assert.That(sink.Rows, Is.EqualTo(1200));
        Assert.That(perExecution, Is.LessThan(4096), "regression guard; about 1.9 KB today, 200 B of it storage");
    }

    private sealed class CountingSink(Core.Results.IStatementStatus status) : Core.Results.IResultSink
    {
        public int Rows { get; private set; }

        public Core.Results.IStatementStatus Status => status;

        public void StartResultSet(IReadOnlyList<Core.Results.ResultColumn> columns)
        {
        }

        public void WriteRow(ReadOnlySpan<SqlValue> row) => Rows++;

        public ValueTask FlushIfFullAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask EndResultSetAsync(bool moreResults, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask WriteOkAsync(Core.Results.OkResult ok, bool moreResults, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
