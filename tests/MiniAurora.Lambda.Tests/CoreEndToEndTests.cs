using System.Diagnostics;
using MiniAurora.Lambda.Core;
using MiniAurora.Lambda.Emulator;

namespace MiniAurora.Lambda.Tests;

/// <summary>The invocation core over the real AWS transport against the local endpoint.</summary>
[TestFixture]
public sealed class CoreEndToEndTests
{
    private EndpointFixture _fx = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _fx = await EndpointFixture.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _fx.DisposeAsync();

    [Test]
    public async Task AsyncFlood_AllDelivered_WithStableIds()
    {
        var options = _fx.Options() with { AsyncConcurrency = 16, PerFunctionConcurrency = 16 };
        using var transport = _fx.Transport(options);
        await using var core = new LambdaInvocationCore(options, transport, TimeProvider.System);
        const int n = 2000;
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < n; i++)
        {
            await core.EnqueueAsync(AsyncInvocation.Create("flood-" + i, "echo", "{\"i\":1}"u8.ToArray()), default);
        }
        await core.WhenIdleAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        sw.Stop();
        await _fx.Endpoint.WhenEventsIdleAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        TestContext.Out.WriteLine($"{n} async invocations delivered in {sw.ElapsedMilliseconds} ms ({n / sw.Elapsed.TotalSeconds:0} /s)");
        Assert.That((core.Counters.Delivered, core.Counters.DeadLettered, core.Counters.Queued), Is.EqualTo((n, 0, 0)));
        var ids = _fx.Endpoint.Invocations.Where(r => r.ClientContext?.Contains("flood-", StringComparison.Ordinal) == true).Select(r => r.ClientContext).ToHashSet();
        Assert.That(ids, Has.Count.EqualTo(n));
    }

    [Test]
    public async Task SyncCalls_DoNotQueueBehindAnAsyncFlood()
    {
        var options = _fx.Options() with { AsyncConcurrency = 8, PerFunctionConcurrency = 8 };
        using var transport = _fx.Transport(options);
        await using var core = new LambdaInvocationCore(options, transport, TimeProvider.System);
        for (int i = 0; i < 5000; i++)
        {
            core.EnqueueDurable(AsyncInvocation.Create("lane-" + i, "echo", "{}"u8.ToArray()));
        }
        var latencies = new List<double>();
        for (int i = 0; i < 20; i++)
        {
            var sw = Stopwatch.StartNew();
            var r = await core.InvokeAsync(LambdaRequest.Create("echo", "{\"sync\":true}", LambdaInvocationType.RequestResponse), default);
            latencies.Add(sw.Elapsed.TotalMilliseconds);
            Assert.That(r.StatusCode, Is.EqualTo(200));
        }
        long stillQueued = core.Counters.Queued;
        await TestContext.Out.WriteLineAsync($"sync latency during flood: max {latencies.Max():0.0} ms, median {latencies.Order().ElementAt(10):0.0} ms; {stillQueued} async still pending");
        Assert.That(stillQueued, Is.GreaterThan(0), "the sync calls must not have waited for the async flood to drain");
        await core.WhenIdleAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
    }

    [Test]
    public async Task ClientContext_WithNonAscii_ReachesAHandlerProcess()
    {
        var options = _fx.Options();
        using var transport = _fx.Transport(options);
        var request = LambdaRequest.Create("BasicTestLambda", "{\"operation\": \"ping\"}", LambdaInvocationType.RequestResponse, "id-ü")
            with { ClientContextCustom = new Dictionary<string, string> { ["note"] = "café" } };
        var r = await transport.SendAsync(request, default);
        Assert.That(r.FunctionError, Is.Null, System.Text.Encoding.UTF8.GetString(r.Payload.Span));
    }

    [Test]
    public async Task InjectedThrottleAndServerError_AreRetried_OverHttp()
    {
        var options = _fx.Options() with { RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxAttempts = 5 };
        using var transport = _fx.Transport(options);
        await using var core = new LambdaInvocationCore(options, transport, TimeProvider.System);
        _fx.Endpoint.InjectFaults("sleep", new LocalFault(429, "TooManyRequestsException", "Rate Exceeded.", 0), LocalFault.ServiceError());
        await core.EnqueueAsync(AsyncInvocation.Create("retry-1", "sleep", "{\"ms\":1}"u8.ToArray()), default);
        await core.WhenIdleAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token);
        Assert.That((core.Counters.Delivered, core.Counters.Retried, core.Counters.Failed), Is.EqualTo((1, 2, 2)));
    }

    [Test]
    public async Task UnknownFunction_IsDeadLettered()
    {
        var options = _fx.Options();
        using var transport = _fx.Transport(options);
        await using var core = new LambdaInvocationCore(options, transport, TimeProvider.System);
        await core.EnqueueAsync(AsyncInvocation.Create("dl-1", "nope", "{}"u8.ToArray()), default);
        await core.WhenIdleAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token);
        var dl = core.GetDeadLetters().Single();
        Assert.That((dl.Kind, dl.Attempts), Is.EqualTo((LambdaFailureKind.NotFound, 1)));
        Assert.That(dl.LastError, Does.StartWith("ResourceNotFoundException: Function not found"));
    }
}
