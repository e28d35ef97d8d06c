using MiniAurora.TestKit;
using MySqlConnector;

namespace MiniAurora.EndToEnd.Tests;

/// <summary>
/// The server binary as an operator meets it: options from a defaults file, data surviving a clean
/// restart, the initial root account, max_connections and wait_timeout.
/// </summary>
[TestFixture]
public sealed class ServerLifecycleTests
{
    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var c = new MySqlConnection(connectionString);
        await c.OpenAsync();
        await using var cmd = new MySqlCommand(sql, c);
        return await cmd.ExecuteScalarAsync();
    }

    [Test]
    public async Task DefaultsFile_MysqldSection_SetsPortAndVariables()
    {
        var dir = Path.Combine(Path.GetTempPath(), "miniaurora-cnf-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        int port = ServerProcess.FreePort();
        var cnf = Path.Combine(dir, "my.cnf");
        await File.WriteAllTextAsync(cnf, $"""
            # a my.cnf as mysqld reads it
            [client]
            port = 1
            [mysqld]
            port = {port}
            datadir = "{Path.Combine(dir, "data")}"
            max-connections = 77
            """);
        // The fixture passes its own --port; the defaults file's port must lose to it, as on mysqld.
        await using var server = await ServerProcess.StartAsync(dataDirectory: Path.Combine(dir, "ignored-by-cnf"), extraArgs: [$"--defaults-file={cnf}"]);
        var maxConnections = await ScalarAsync(server.ConnectionString(), "SELECT @@max_connections");
        Assert.That(Convert.ToInt64(maxConnections, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(77));
        Directory.Delete(dir, true);
    }

    [Test]
    public async Task CleanRestart_KeepsDatabasesTablesRowsAndRootPassword()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "miniaurora-restart-" + Guid.NewGuid().ToString("N")[..8]);
        int port = ServerProcess.FreePort();
        await using (var first = await ServerProcess.StartAsync(dataDir, ["--initial-root-password=Keep-Me"], port))
        {
            await using var c = new MySqlConnection(first.ConnectionString(password: "Keep-Me"));
            await c.OpenAsync();
            await using var cmd = new MySqlCommand("CREATE DATABASE keep; CREATE TABLE keep.t (id INT PRIMARY KEY, v VARCHAR(10)); INSERT INTO keep.t VALUES (1,'a'),(2,'b')", c);
            await cmd.ExecuteNonQueryAsync();
            await first.StopAsync();
            Assert.That(first.Log, Does.Contain("shutdown complete"));
        }
        await using var second = await ServerProcess.StartAsync(dataDir, ["--initial-root-password=ignored-now"], port);
        var count = await ScalarAsync(second.ConnectionString(password: "Keep-Me"), "SELECT COUNT(*) FROM keep.t WHERE v IN ('a','b')");
        Assert.That(Convert.ToInt64(count, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(2));
        Assert.That(second.Log, Does.Not.Contain("created with"), "accounts are created only in a fresh data directory");
        await second.StopAsync();
        Directory.Delete(dataDir, true);
    }

    [Test]
    public async Task FreshDataDirectory_LogsInsecureRootAndReady()
    {
        await using var server = await ServerProcess.StartAsync();
        Assert.That(server.Log, Does.Contain("created with an empty password"));
        Assert.That(server.Log, Does.Contain("ready for connections. Version: '8.0.39-MiniAurora'"));
        Assert.That(server.Log, Does.Contain($"port: {server.Port}"));
    }

    [Test]
    public async Task MaxConnections_Exceeded_Gives1040AndFreesSlots()
    {
        await using var server = await ServerProcess.StartAsync(extraArgs: ["--max-connections=3"]);
        var open = new List<MySqlConnection>();
        try
        {
            // max_connections ordinary slots plus the one MySQL keeps for an administrator (root here).
            for (int i = 0; i < 4; i++)
            {
                var c = new MySqlConnection(server.ConnectionString(extra: "Pooling=false"));
                await c.OpenAsync();
                open.Add(c);
            }
            var extra = new MySqlConnection(server.ConnectionString(extra: "Pooling=false"));
            var ex = Assert.ThrowsAsync<MySqlException>(() => extra.OpenAsync());
            Assert.That(ex!.ErrorCode, Is.EqualTo(MySqlErrorCode.ConnectionCountError));
            await extra.DisposeAsync();
        }
        finally
        {
            foreach (var c in open)
            {
                await c.DisposeAsync();
            }
        }
        // Closed connections give their slots back.
        Assert.That(await ScalarAsync(server.ConnectionString(extra: "Pooling=false"), "SELECT 1"), Is.Not.Null);
    }

    [Test]
    public async Task WaitTimeout_IdleConnectionIsClosed()
    {
        await using var c = new MySqlConnection(SharedServer.Server.ConnectionString(extra: "Pooling=false"));
        await c.OpenAsync();
        await using (var set = new MySqlCommand("SET SESSION wait_timeout = 1", c))
        {
            await set.ExecuteNonQueryAsync();
        }
        await Task.Delay(TimeSpan.FromSeconds(3));
        await using var cmd = new MySqlCommand("SELECT 1", c);
        Assert.That(async () => await cmd.ExecuteScalarAsync(), Throws.InstanceOf<MySqlException>().Or.InstanceOf<InvalidOperationException>());
    }
}
