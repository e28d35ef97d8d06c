using System.Diagnostics;
using MiniAurora.Protocol.Tests.Fakes;

namespace MiniAurora.Protocol.Tests.EndToEnd;

/// <summary>The real mariadb command-line client (libmariadb) against the protocol; skipped where it is not installed.</summary>
[TestFixture]
[CancelAfter(60_000)]
public sealed class MariaDbClientTests
{
    private const string Client = "/usr/bin/mariadb";

    [TestCase("--ssl=0", "root", "")]
    [TestCase("--ssl", "root", "")]
    [TestCase("--ssl=0", "native", "secret")]
    [TestCase("--ssl", "sha2", "s3cret-sha")]
    public async Task Execute_QueriesAndTypes_PrintAsMySql(string ssl, string user, string password)
    {
        if (!File.Exists(Client))
        {
            Assert.Ignore("mariadb client not installed");
        }
        await using var server = new TestServer();
        var (exit, output, error) = await RunAsync(server.Port, ssl, user, password, "SELECT 1+1; SELECT ALLTYPES; INSERT INTO t VALUES (1)");
        Assert.That(exit, Is.Zero, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("1+1"));
        Assert.That(lines[1], Is.EqualTo("2"));
        var fields = lines[3].Split('\t');
        Assert.That(fields[..11], Is.EqualTo(new[]
        {
            "-7", "-9223372036854775808", "18446744073709551615", "-128", "32767", "0.30000000000000004", "1.5", "1234.50",
            "héllo wörld", "abc", "long text ✓",
        }));
        Assert.That(fields[13..], Is.EqualTo(new[]
        {
            "2024-02-29", "2024-12-31 23:59:58.123456", "2001-01-02 03:04:05", "-01:02:03", "2025", "{\"a\": 1}", "NULL",
        }));
    }

    [Test]
    public async Task Execute_WrongPassword_Prints1045()
    {
        if (!File.Exists(Client))
        {
            Assert.Ignore("mariadb client not installed");
        }
        await using var server = new TestServer();
        var (exit, _, error) = await RunAsync(server.Port, "--ssl=0", "native", "nope", "SELECT 1+1");
        Assert.That(exit, Is.Not.Zero);
        Assert.That(error, Does.Contain("ERROR 1045 (28000): Access denied for user 'native'@'localhost' (using password: YES)"));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(int port, string ssl, string user, string password, string sql)
    {
        var info = new ProcessStartInfo(Client)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--no-defaults", "-h127.0.0.1", "-P" + port, "-u" + user, ssl, "--batch", "-e", sql })
        {
            info.ArgumentList.Add(arg);
        }
        if (password.Length > 0)
        {
            info.ArgumentList.Insert(4, "-p" + password);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
