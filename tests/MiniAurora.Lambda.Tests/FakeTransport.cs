using System.Collections.Concurrent;
using System.Threading.Channels;

namespace MiniAurora.Lambda.Tests;

/// <summary>A scripted transport: each call is announced on <see cref="Calls"/> and answered by <see cref="Behaviour"/>.</summary>
internal sealed class FakeTransport : ILambdaTransport
{
    private int _concurrent;

    public Channel<LambdaRequest> Calls { get; } = Channel.CreateUnbounded<LambdaRequest>();

    public Func<LambdaRequest, int, Task<LambdaResult>> Behaviour { get; set; } = (_, _) => Task.FromResult(Accepted);

    public ConcurrentDictionary<string, int> Attempts { get; } = new();

    public int MaxConcurrent;

    public static LambdaResult Accepted { get; } = new(202, ReadOnlyMemory<byte>.Empty, null, null, null, null);

    public async ValueTask<LambdaResult> SendAsync(LambdaRequest request, CancellationToken ct)
    {
        int n = Attempts.AddOrUpdate(request.InvocationId, 1, (_, v) => v + 1);
        int now = Interlocked.Increment(ref _concurrent);
        InterlockedMax(ref MaxConcurrent, now);
        Calls.Writer.TryWrite(request);
        try
        {
            return await Behaviour(request, n).WaitAsync(ct);
        }
        finally
        {
            Interlocked.Decrement(ref _concurrent);
        }
    }

    public async Task<LambdaRequest> NextCallAsync() =>
        await Calls.Reader.ReadAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);

    public bool HasPendingCall => Calls.Reader.TryPeek(out _);

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
