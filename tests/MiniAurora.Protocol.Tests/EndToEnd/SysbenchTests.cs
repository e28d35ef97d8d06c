using System.Diagnostics;
using MiniAurora.Protocol.Tests.Fakes;

namespace MiniAurora.Protocol.Tests.EndToEnd;

/// <summary>
/// sysbench (libmariadb's prepared-statement API: COM_STMT_PREPARE/EXECUTE, binary rows) against the fake handler,
/// which answers every SELECT with CHAR rows and every other statement with OK. Skipped where sysbench is missing.
/// </summary>
[TestFixture]
[CancelAfter(60_000)]
public sealed class SysbenchTests
{
    private const string Sysbench = "/usr/bin/sysbench";

    [Test]
    public async Task OltpReadWrite_AgainstTheProtocol_HasNoErrors()
    {
        if (!File.Exists(Sysbench))
        {
            Assert.Ignore("sysbench not installed");
        }
        await using var server = new TestServer();
        var info = new ProcessStartInfo(Sysbench) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "oltp_read_write", "--db-driver=mysql", "--mysql-host=127.0.0.1", "--mysql-port=" + server.Port, "--mysql-user=root",
            "--mysql-db=sbtest", "--mysql-ssl=off", "--tables=1", "--table-size=100", "--threads=2", "--time=2", "run",
        })
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        string text = await output + await error;
        TestContext.Out.WriteLine(text);
        Assert.That(process.ExitCode, Is.Zero, text);
        Assert.That(text, Does.Match(@"errors:\s+0 "));
        Assert.That(server.Factory.Created.Sum(h => h.Executions.Count), Is.GreaterThan(100));
    }
}
