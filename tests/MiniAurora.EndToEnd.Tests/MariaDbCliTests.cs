using MiniAurora.TestKit;

namespace MiniAurora.EndToEnd.Tests;

/// <summary>The real `mariadb` command-line client (Debian's mariadb-client) against the server.</summary>
[TestFixture]
public sealed class MariaDbCliTests
{
    [OneTimeSetUp]
    public void RequireClient()
    {
        if (MariaDbCli.Executable is null)
        {
            Assert.Ignore("mariadb client not installed; .ci/run installs it");
        }
    }

    [Test]
    public async Task DashE_SelectVersionAndArithmetic_Prints()
    {
        var result = await MariaDbCli.RunAsync(SharedServer.Server.Port, ["--batch", "-e", "select version(); select 1+1"]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(result.StdOut, Is.EqualTo("version()\n8.0.39-MiniAurora\n1+1\n2\n"));
    }

    [Test]
    public async Task ScriptFile_RunsStatementsAndReportsErrorWithLine()
    {
        var script = """
            CREATE DATABASE IF NOT EXISTS cli_script;
            USE cli_script;
            DROP TABLE IF EXISTS kv;
            CREATE TABLE kv (k VARCHAR(10) PRIMARY KEY, v INT NOT NULL);
            INSERT INTO kv VALUES ('a', 1), ('b', 2), ('c', 3);
            UPDATE kv SET v = v * 10 WHERE k <> 'b';
            DELETE FROM kv WHERE k = 'c';
            SELECT k, v FROM kv ORDER BY k;
            SELECT COUNT(*), SUM(v) FROM kv;
            """;
        var ok = await MariaDbCli.RunAsync(SharedServer.Server.Port, ["--batch"], stdin: script);
        Assert.That(ok.ExitCode, Is.EqualTo(0), ok.StdErr);
        Assert.That(ok.StdOut, Is.EqualTo("k\tv\na\t10\nb\t2\nCOUNT(*)\tSUM(v)\n2\t12\n"));

        var bad = await MariaDbCli.RunAsync(SharedServer.Server.Port, ["--batch", "cli_script"], stdin: "SELECT 1;\nSELECT * FROM missing_table;\n");
        Assert.That(bad.ExitCode, Is.EqualTo(1));
        Assert.That(bad.StdErr, Does.Contain("ERROR 1146 (42S02) at line 2: Table 'cli_script.missing_table' doesn't exist"));
    }

    [Test]
    public async Task StatusCommand_ShowsServerVersion()
    {
        // `\s` (status) queries connection_id(), database(), user(), @@character_set_* and more.
        var result = await MariaDbCli.RunAsync(SharedServer.Server.Port, ["-e", "status"]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(result.StdOut, Does.Contain("Server version:\t\t8.0.39-MiniAurora"));
    }

    [Test]
    public async Task UseDatabase_WithTabCompletionQueries_DoesNotError()
    {
        // With auto-rehash the client runs `show databases`, `show tables` and a field list per table on `use`.
        var setup = await MariaDbCli.RunAsync(SharedServer.Server.Port, ["-e", "CREATE DATABASE IF NOT EXISTS cli_rehash; CREATE TABLE IF NOT EXISTS cli_rehash.t1 (a INT, b VARCHAR(3))"]);
        Assert.That(setup.ExitCode, Is.EqualTo(0), setup.StdErr);
        var result = await MariaDbCli.RunAsync(SharedServer.Server.Port, ["--auto-rehash", "--batch", "cli_rehash"], stdin: "show tables;\n");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(result.StdOut, Is.EqualTo("Tables_in_cli_rehash\nt1\n"));
    }
}
