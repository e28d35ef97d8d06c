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
