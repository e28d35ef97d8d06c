using MiniAurora.Security.Accounts;
using MiniAurora.Security.Authentication;

namespace MiniAurora.Security.Tests;

[TestFixture]
public sealed class AccountStoreTests
{
    private static Account Acct(string user, string host) => new(user, host, AuthPluginNames.NativePassword, "");

    [Test]
    public void Match_PrefersLiteralHostOverWildcard()
    {
        var store = new AccountStore();
        store.Upsert(Acct("app", "%"));
        store.Upsert(Acct("app", "127.0.0.1"));
        store.Upsert(Acct("app", "192.168.%"));
        Assert.Multiple(() =>
        {
            Assert.That(store.Match("app", "localhost", "127.0.0.1")!.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(store.Match("app", "h1", "192.168.1.9")!.Host, Is.EqualTo("192.168.%"));
            Assert.That(store.Match("app", "h2", "10.0.0.1")!.Host, Is.EqualTo("%"));
        });
    }

    [Test]
    public void Match_AnonymousUserOnSpecificHostBeatsNamedUserOnAnyHost()
    {
        // The MySQL manual's classic surprise: ''@'localhost' sorts before 'jeffrey'@'%'.
        var store = new AccountStore();
        store.Upsert(Acct("jeffrey", "%"));
        store.Upsert(Acct("", "localhost"));
        Assert.That(store.Match("jeffrey", "localhost", "127.0.0.1")!.User, Is.EqualTo(""));
    }

    [TestCase("10.1.0.0/255.255.0.0", "10.1.200.3", true)]
    [TestCase("10.1.0.0/255.255.0.0", "10.2.0.1", false)]
    [TestCase("host_1", "host12", false)]
    [TestCase("host_1", "hostA1", true)]
    [TestCase("%.example.com", "db.example.com", true)]
    public void HostPattern_Matches(string pattern, string client, bool expected)
    {
        Assert.That(HostPattern.Parse(pattern).Matches(client, client), Is.EqualTo(expected));
    }
}

[TestFixture]
public sealed class AccountDefinitionTests
{
    [TestCase("root", "localhost", "mysql_native_password", "", false)]
    [TestCase("app", "%", "caching_sha2_password", "$A$005$abc'def\\ghi", true)]
    [TestCase("o'brien", "10.0.0.0/255.0.0.0", "mysql_native_password", "*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19", false)]
    public void FormatThenParse_RoundTrips(string user, string host, string plugin, string hash, bool locked)
    {
        var account = new Account(user, host, plugin, hash) { Locked = locked };
        var text = AccountDefinition.Format(account);
        Assert.That(AccountDefinition.Parse(text), Is.EqualTo(account));
    }

    [Test]
    public void Format_UsesShowCreateUsersQuotingAndClauseOrder()
    {
        var text = AccountDefinition.Format(new Account("root", "localhost", "mysql_native_password", ""));
        Assert.That(text, Is.EqualTo("CREATE USER 'root'@'localhost' IDENTIFIED WITH 'mysql_native_password' ACCOUNT UNLOCK"));
    }
}
