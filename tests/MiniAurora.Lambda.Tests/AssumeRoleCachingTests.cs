using Microsoft.Extensions.Time.Testing;
using MiniAurora.Lambda.Aws;

namespace MiniAurora.Lambda.Tests;

[TestFixture]
public sealed class AssumeRoleCachingTests
{
    [Test]
    public async Task Credentials_AreCached_AndRefreshedBeforeExpiry()
    {
        await using var fx = await EndpointFixture.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var provider = new AssumeRoleCredentialProvider(new StaticCredentialProvider(fx.Endpoint.RootCredentials), EndpointFixture.Role,
            "test", fx.Endpoint.Endpoint, "us-east-1", TimeSpan.FromMinutes(5), clock);
        var first = await provider.GetAsync(default);
        Assert.That(first.AccessKeyId, Does.StartWith("ASIA"));
        Assert.That(first.Expiration, Is.Not.Null);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => provider.GetAsync(default).AsTask()));
        Assert.That(concurrent.Select(c => c.AccessKeyId), Has.All.EqualTo(first.AccessKeyId));

        clock.Advance(first.Expiration!.Value - clock.GetUtcNow() - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.That((await provider.GetAsync(default)).AccessKeyId, Is.EqualTo(first.AccessKeyId), "still outside the refresh margin");
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.That((await provider.GetAsync(default)).AccessKeyId, Is.Not.EqualTo(first.AccessKeyId), "refreshed inside the margin");
    }
}
