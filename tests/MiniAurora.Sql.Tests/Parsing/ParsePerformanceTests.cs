using System.Diagnostics;
using MiniAurora.Sql.Parsing;

namespace MiniAurora.Sql.Tests.Parsing;

/// <summary>Rough timing guard for the hottest statement; BenchmarkDotNet owns real numbers.</summary>
[TestFixture]
public sealed class ParsePerformanceTests
{
    [TestCase("SELECT c FROM sbtest1 WHERE id=?")]
    [TestCase("UPDATE sbtest1 SET k=k+1 WHERE id=?")]
    [TestCase("SELECT DISTINCT c FROM sbtest1 WHERE id BETWEEN ? AND ? ORDER BY c")]
    public void Parse_SysbenchStatement_TakesMicroseconds(string sql)
    {
        for (var i = 0; i < 2000; i++)
        {
            SqlParser.ParseStatement(sql);
        }
        const int iterations = 20000;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        // CPU time, not wall time: the CI machine is shared and often oversubscribed.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < iterations; i++)
        {
            SqlParser.ParseStatement(sql);
        }
        var micros = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / iterations;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / iterations;
        TestContext.Out.WriteLine($"{sql}: {micros:F2} µs, {bytes} B per parse");
        Assert.That(micros, Is.LessThan(200), "parse got far slower than expected");
    }
}
