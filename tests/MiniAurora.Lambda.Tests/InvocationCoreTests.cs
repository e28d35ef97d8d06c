using Microsoft.Extensions.Time.Testing;
using MiniAurora.Core.Errors;
using MiniAurora.Lambda.Core;

namespace MiniAurora.Lambda.Tests;

[TestFixture]
public sealed class InvocationCoreTests
{
    private static readonly LambdaOptions s_options = new()
    {
        RetryBaseDelay = TimeSpan.FromMilliseconds(200),
        RetryMaxDelay = TimeSpan.FromSeconds(30),
        MaxAttempts = 4,
        AsyncConcurrency = 4,
        PerFunctionConcurrency = 2,
    };

    private static AsyncInvocation Inv(string id, string fn = "echo") => AsyncInvocation.Create(id, fn, "{}"u8.ToArray());

    private static LambdaCoreHarness Harness(LambdaOptions? options = null) => new(options ?? s_options);

    [Test]
    public async Task Throttled_RetriesWithExponentialBackoff_ThenDelivers()
    {
        await using var h = Harness();
        h.Transport.Behaviour = (_, n) => n <= 2
            ? Task.FromException<LambdaResult>(new LambdaApiException(LambdaFailureKind.Throttled, "TooManyRequestsException", httpStatus: 429))
            : Task.FromResult(FakeTransport.Accepted);
        Assert.That(h.Core.EnqueueDurable(Inv("a")), Is.True);
        await h.Transport.NextCallAsync();
        await h.WaitRetryScheduledAsync("a");
        h.Time.Advance(TimeSpan.FromMilliseconds(199));
        await Task.Delay(50);
        Assert.That(h.Transport.HasPendingCall, Is.False, "retried before the 200 ms backoff elapsed");
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        await h.Transport.NextCallAsync();
        await h.WaitRetryScheduledAsync("a");
        h.Time.Advance(TimeSpan.FromMilliseconds(399));
        await Task.Delay(50);
        Assert.That(h.Transport.HasPendingCall, Is.False, "second backoff must double to 400 ms");
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        await h.Transport.NextCallAsync();
        await h.Core.WhenIdleAsync(Timeout());
        Assert.That((h.Core.Counters.Delivered, h.Core.Counters.Retried, h.Core.Counters.DeadLettered), Is.EqualTo((1, 2, 0)));
        Assert.That(h.Listener.Delivered.Single(), Is.EqualTo(("a", 3)));
    }

    [Test]
    public async Task RetryAfter_IsHonoured()
    {
        await using var h = Harness();
        h.Transport.Behaviour = (_, n) => n == 1
            ? Task.FromException<LambdaResult>(new LambdaApiException(LambdaFailureKind.Throttled, "slow down", retryAfter: TimeSpan.FromSeconds(5)))
            : Task.FromResult(FakeTransport.Accepted);
        h.Core.EnqueueDurable(Inv("b"));
        await h.Transport.NextCallAsync();
        await h.WaitRetryScheduledAsync("b");
        h.Time.Advance(TimeSpan.FromMilliseconds(4999));
        await Task.Delay(50);
        Assert.That(h.Transport.HasPendingCall, Is.False);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        await h.Transport.NextCallAsync();
        await h.Core.WhenIdleAsync(Timeout());
        Assert.That(h.Core.Counters.Delivered, Is.EqualTo(1));
    }

    [Test]
    public async Task ServerErrors_UpToRetryLimit_DeadLetter_ThenRedrive()
    {
        await using var h = Harness(s_options with { MaxAttempts = 3, RetryBaseDelay = TimeSpan.FromMilliseconds(10) });
        bool fail = true;
        h.Transport.Behaviour = (_, _) => fail
            ? Task.FromException<LambdaResult>(new LambdaApiException(LambdaFailureKind.ServiceError, "ServiceException: boom", httpStatus: 500))
            : Task.FromResult(FakeTransport.Accepted);
        h.Core.EnqueueDurable(Inv("c"));
        for (int i = 0; i < 2; i++)
        {
            await h.Transport.NextCallAsync();
            await h.WaitRetryScheduledAsync("c");
            h.Time.Advance(TimeSpan.FromSeconds(1));
        }
        await h.Transport.NextCallAsync();
        await h.Core.WhenIdleAsync(Timeout());
        var dl = h.Core.GetDeadLetters().Single();
        Assert.That((dl.Invocation.Id, dl.Attempts, dl.Kind, dl.LastError), Is.EqualTo(("c", 3, LambdaFailureKind.ServiceError, "ServiceException: boom")));
        Assert.That(h.Listener.DeadLettered, Has.Count.EqualTo(1));
        Assert.That((h.Core.Counters.DeadLettered, h.Core.Counters.Failed, h.Core.Counters.Retried), Is.EqualTo((1, 3, 2)));

        fail = false;
        Assert.That(h.Core.RedriveDeadLetters(), Is.EqualTo(1));
        await h.Core.WhenIdleAsync(Timeout());
        Assert.That((h.Core.Counters.Delivered, h.Core.GetDeadLetters().Count), Is.EqualTo((1, 0)));
    }

    [Test]
    public async Task StrayCancellation_IsRetried_AndDispatcherSurvives()
    {
        await using var h = Harness(s_options with { RetryBaseDelay = TimeSpan.FromMilliseconds(1), AsyncConcurrency = 1 });
        h.Transport.Behaviour = (r, n) => r.InvocationId == "x1" && n == 1
            ? Task.FromException<LambdaResult>(new OperationCanceledException()) : Task.FromResult(FakeTransport.Accepted);
        h.Core.EnqueueDurable(Inv("x1"));
        await h.Transport.NextCallAsync();
        await h.WaitRetryScheduledAsync("x1");
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.Core.WhenIdleAsync(Timeout());
        h.Core.EnqueueDurable(Inv("x2"));
        await h.Core.WhenIdleAsync(Timeout());
        Assert.That((h.Core.Counters.Delivered, h.Core.Counters.Retried), Is.EqualTo((2, 1)));
    }

    [Test]
    public async Task NonRetryable_DeadLettersAtOnce()
    {
        await using var h = Harness();
        h.Transport.Behaviour = (_, _) => Task.FromException<LambdaResult>(
            new LambdaApiException(LambdaFailureKind.NotFound, "ResourceNotFoundException: Function not found", httpStatus: 404));
        h.Core.EnqueueDurable(Inv("d"));
        await h.Core.WhenIdleAsync(Timeout());
        Assert.That(h.Core.GetDeadLetters().Single().Attempts, Is.EqualTo(1));
        Assert.That(h.Core.Counters.Retried, Is.Zero);
    }

    [Test]
    public async Task PerFunctionCap_LimitsSlowFunction_WithoutStarvingOthers()
    {
        await using var h = Harness();
        var release = new TaskCompletionSource<LambdaResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Transport.Behaviour = (r, _) => r.Target.Name == "slow" ? release.Task : Task.FromResult(FakeTransport.Accepted);
        for (int i = 0; i < 6; i++)
        {
            h.Core.EnqueueDurable(Inv("s" + i, "slow"));
        }
        h.Core.EnqueueDurable(Inv("f", "fast"));
        await WaitUntilAsync(() => h.Listener.Delivered.Any(d => d.Id == "f"));
        Assert.That(h.Transport.MaxConcurrent, Is.LessThanOrEqualTo(3), "slow function must hold at most 2 slots");
        Assert.That(h.Core.GetPending().Count(p => p.State == "in_flight"), Is.EqualTo(2));

        // The sync lane is separate: a RequestResponse call completes while the async lane is busy.
        var sync = await h.Core.InvokeAsync(LambdaRequest.Create("fast", "{}", LambdaInvocationType.RequestResponse), default);
        Assert.That(sync.StatusCode, Is.EqualTo(202));

        release.SetResult(FakeTransport.Accepted);
        await h.Core.WhenIdleAsync(Timeout());
        Assert.That(h.Core.Counters.Delivered, Is.EqualTo(7));
    }

    [Test]
    public async Task QueueFull_ErrorMode_Throws1873()
    {
        await using var h = Harness(s_options with { AsyncQueueCapacity = 2, Backpressure = LambdaBackpressureMode.Error });
        var release = new TaskCompletionSource<LambdaResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Transport.Behaviour = (_, _) => release.Task;
        await h.Core.EnqueueAsync(Inv("q1"), default);
        await h.Core.EnqueueAsync(Inv("q2"), default);
        var ex = Assert.ThrowsAsync<MiniAuroraException>(async () => await h.Core.EnqueueAsync(Inv("q3"), default));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_AURORA_LAMBDA_API_ERROR));
        Assert.That(((LambdaApiException)ex.InnerException!).Kind, Is.EqualTo(LambdaFailureKind.QueueFull));
        release.SetResult(FakeTransport.Accepted);
        await h.Core.WhenIdleAsync(Timeout());
        await h.Core.EnqueueAsync(Inv("q3"), default);
        await h.Core.WhenIdleAsync(Timeout());
        Assert.That(h.Core.Counters.Delivered, Is.EqualTo(3));
    }

    [Test]
    public async Task QueueFull_WaitMode_WaitsForRoom()
    {
        await using var h = Harness(s_options with { AsyncQueueCapacity = 1 });
        var release = new TaskCompletionSource<LambdaResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Transport.Behaviour = (_, _) => release.Task;
        await h.Core.EnqueueAsync(Inv("w1"), default);
        var second = h.Core.EnqueueAsync(Inv("w2"), default).AsTask();
        await Task.Delay(50);
        Assert.That(second.IsCompleted, Is.False);
        release.SetResult(FakeTransport.Accepted);
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        await h.Core.WhenIdleAsync(Timeout());
        Assert.That(h.Core.Counters.Delivered, Is.EqualTo(2));
    }

    [Test]
    public async Task EnsureCapacity_CountsDurableWork()
    {
        await using var h = Harness(s_options with { AsyncQueueCapacity = 2, Backpressure = LambdaBackpressureMode.Error });
        var release = new TaskCompletionSource<LambdaResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Transport.Behaviour = (_, _) => release.Task;
        await h.Core.EnsureCapacityAsync(default);
        h.Core.EnqueueDurable(Inv("d1"));
        h.Core.EnqueueDurable(Inv("d2"));
        Assert.That(h.Core.EnqueueDurable(Inv("d3")), Is.True, "durable work is never refused");
        Assert.ThrowsAsync<MiniAuroraException>(async () => await h.Core.EnsureCapacityAsync(default));
        release.SetResult(FakeTransport.Accepted);
        await h.Core.WhenIdleAsync(Timeout());
        await h.Core.EnsureCapacityAsync(default);
        Assert.That(h.Core.Counters.Delivered, Is.EqualTo(3));
    }

    [Test]
    public async Task SyncLane_ApiError_Becomes1873_AndCounts()
    {
        await using var h = Harness();
        h.Transport.Behaviour = (_, _) => Task.FromException<LambdaResult>(LambdaApiException.NetworkConnection());
        var ex = Assert.ThrowsAsync<MiniAuroraException>(async () =>
            await h.Core.InvokeAsync(LambdaRequest.Create("echo", "{}", LambdaInvocationType.RequestResponse), default));
        Assert.That(ex!.Message, Is.EqualTo("Lambda API returned error: Network Connection. Unable to connect to endpoint"));
        var status = h.Core.Counters.Snapshot().ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.That((status["Lambda_sync_calls"], status["Lambda_failed"]), Is.EqualTo(("1", "1")));
        Assert.That(status.Keys, Has.All.StartWith("Lambda_"));
    }

    [Test]
    public void RetryPolicy_JitterStaysWithinHalfToFull_AndCaps()
    {
        var low = new RetryPolicy(s_options, () => 0.0);
        var high = new RetryPolicy(s_options, () => 1.0);
        Assert.That(low.Delay(1, null), Is.EqualTo(TimeSpan.FromMilliseconds(100)));
        Assert.That(high.Delay(3, null), Is.EqualTo(TimeSpan.FromMilliseconds(800)));
        Assert.That(high.Delay(20, null), Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(low.Delay(1, TimeSpan.FromSeconds(2)), Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(low.Delay(1, TimeSpan.FromHours(1)), Is.EqualTo(TimeSpan.FromMinutes(5)));
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "condition not reached in 10 s");
            await Task.Delay(5);
        }
    }

    /// <summary>A core over a fake transport and a fake clock, jitter fixed at the top of its range.</summary>
    private sealed class LambdaCoreHarness : IAsyncDisposable
    {
        public LambdaCoreHarness(LambdaOptions options)
        {
            Core = new LambdaInvocationCore(options, Transport, Time, Listener, null, () => 1.0);
        }

        public FakeTransport Transport { get; } = new();

        public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        public RecordingListener Listener { get; } = new();

        public LambdaInvocationCore Core { get; }

        public async Task WaitRetryScheduledAsync(string id)
        {
            await WaitUntilAsync(() => Core.GetPending().Any(p => p.Id == id && p.State == "retry_wait"));
            await Task.Delay(20); // the timer is created right after the state is published
        }

        public ValueTask DisposeAsync() => Core.DisposeAsync();
    }

    private sealed class RecordingListener : IAsyncInvocationListener
    {
        public System.Collections.Concurrent.ConcurrentQueue<(string Id, int Attempts)> Delivered { get; } = new();

        public System.Collections.Concurrent.ConcurrentQueue<DeadLetter> DeadLettered { get; } = new();

        public void OnDelivered(AsyncInvocation invocation, int attempts) => Delivered.Enqueue((invocation.Id, attempts));

        public void OnDeadLettered(DeadLetter deadLetter) => DeadLettered.Enqueue(deadLetter);
    }
}
