using System.Diagnostics;
using MiniAurora.Lambda.Core;

namespace MiniAurora.Lambda.Tests;

/// <summary>Delivery rate of the async lane to the local endpoint's echo function (run explicitly, in Release).</summary>
[TestFixture]
[Explicit("throughput measurement")]
public sealed class ThroughputTests
{
    [TestCase(100_000, 32)]
    public async Task AsyncDelivery_ToLocalEcho(int n, int concurrency)
    {
        await using var fx = await EndpointFixture.StartAsync();
        var options = fx.Options() with { AsyncConcurrency = concurrency, PerFunctionConcurrency = concurrency, MaxConnectionsPerEndpoint = concurrency };
        using var transport = fx.Transport(options);
        await using var core = new LambdaInvocationCore(options, transport, TimeProvider.System);
        byte[] payload = "{\"id\":1,\"k\":42,\"c\":\"some text\"}"u8.ToArray();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < n; i++)
        {
            core.EnqueueDurable(AsyncInvocation.Create("t" + i, "echo", payload));
        }
        await core.WhenIdleAsync(new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token);
        sw.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        await TestContext.Out.WriteLineAsync($"{n} delivered in {sw.Elapsed.TotalSeconds:0.00} s = {n / sw.Elapsed.TotalSeconds:0} invocations/s; " +
            $"CPU (client + endpoint, one process) {cpuUsed.TotalMilliseconds * 1000 / n:0} µs per invocation");
        Assert.That(core.Counters.Delivered, Is.EqualTo(n));
    }
}
