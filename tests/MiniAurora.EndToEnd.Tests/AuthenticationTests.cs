using MiniAurora.TestKit;
using MySqlConnector;

namespace MiniAurora.EndToEnd.Tests;

/// <summary>
/// Both authentication plugins against real clients: a private server whose root account is
/// created with caching_sha2_password and a password, and the shared one (mysql_native_password).
/// </summary>
[TestFixture]
public sealed class AuthenticationTests
{
    private ServerProcess _sha2Server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() =>
        _sha2Server = await ServerProcess.StartAsync(extraArgs: ["--default-authentication-plugin=caching_sha2_password", "--initial-root-password=Sha2-Secret"]);

    [OneTimeTearDown]
    public async Task StopAsync() => await _sha2Server.DisposeAsync();

    private async Task<string> WhoAmIAsync(string connectionString)
    {
        await using var c = new MySqlConnection(connectionString);
        await c.OpenAsync();
        await using var cmd = new MySqlCommand("SELECT CURRENT_USER()", c);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    [Test]
    public async Task CachingSha2_FullAuthOverTls_ThenFastAuthWithoutTls()
    {
        var full = await WhoAmIAsync(_sha2Server.ConnectionString(password: "Sha2-Secret", extra: "SslMode=Required"));
        Assert.That(full, Does.StartWith("root@"));
        // After one full authentication the server caches the hash: the fast path works without TLS.
        var fast = await WhoAmIAsync(_sha2Server.ConnectionString(password: "Sha2-Secret", extra: "SslMode=None"));
        Assert.That(fast, Does.StartWith("root@"));
    }

    [Test]
    public async Task CachingSha2_FullAuthWithRsaKeyExchange_Works()
    {
        await using var fresh = await ServerProcess.StartAsync(extraArgs: ["--default-authentication-plugin=caching_sha2_password", "--initial-root-password=Rsa-Secret"]);
        var who = await WhoAmIAsync(fresh.ConnectionString(password: "Rsa-Secret", extra: "SslMode=None;AllowPublicKeyRetrieval=true"));
        Assert.That(who, Does.StartWith("root@"));
    }

    [Test]
    public void CachingSha2_WrongPassword_Fails1045()
    {
        var ex = Assert.ThrowsAsync<MySqlException>(() => WhoAmIAsync(_sha2Server.ConnectionString(password: "nope", extra: "SslMode=Required")));
        Assert.That(ex!.ErrorCode, Is.EqualTo(MySqlErrorCode.AccessDenied));
    }

    [Test]
    public async Task NativePassword_DefaultRoot_LogsIn()
    {
        var who = await WhoAmIAsync(SharedServer.Server.ConnectionString(extra: "SslMode=None"));
        Assert.That(who, Does.StartWith("root@"));
    }

    [Test]
    public void UnknownUser_Fails1045LikeWrongPassword()
    {
        var ex = Assert.ThrowsAsync<MySqlException>(() => WhoAmIAsync(SharedServer.Server.ConnectionString(user: "nobody_here", password: "x")));
        Assert.That(ex!.ErrorCode, Is.EqualTo(MySqlErrorCode.AccessDenied));
        Assert.That(ex.Message, Does.Contain("Access denied for user 'nobody_here'@"));
    }
}
