using MySqlConnector;

namespace MiniAurora.EndToEnd.Tests;

/// <summary>KILL from one session closes another session's connection; the rest of the server is unaffected.</summary>
[TestFixture]
public sealed class KillTests
{
    [Test]
    public async Task KillConnection_ClosesTheOtherConnection()
    {
        await using var victim = new MySqlConnection(SharedServer.Server.ConnectionString(extra: "Pooling=false"));
        await victim.OpenAsync();
        await using var idCmd = new MySqlCommand("SELECT CONNECTION_ID()", victim);
        var victimId = Convert.ToInt64(await idCmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);

        await using (var killer = new MySqlConnection(SharedServer.Server.ConnectionString(extra: "Pooling=false")))
        {
            await killer.OpenAsync();
            await using var list = new MySqlCommand($"SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = {victimId}", killer);
            Assert.That(Convert.ToInt64(await list.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(1));
            await using var kill = new MySqlCommand($"KILL {victimId}", killer);
            await kill.ExecuteNonQueryAsync();
        }

        await using var after = new MySqlCommand("SELECT 1", victim);
        Assert.That(async () => await after.ExecuteScalarAsync(), Throws.InstanceOf<MySqlException>().Or.InstanceOf<InvalidOperationException>());
    }

    [Test]
    public async Task KillUnknownConnection_Gives1094()
    {
        await using var c = new MySqlConnection(SharedServer.Server.ConnectionString());
        await c.OpenAsync();
        await using var kill = new MySqlCommand("KILL 987654", c);
        var ex = Assert.ThrowsAsync<MySqlException>(() => kill.ExecuteNonQueryAsync());
        Assert.That(ex!.Number, Is.EqualTo(1094));
    }
}
