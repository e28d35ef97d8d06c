namespace MiniAurora.Lambda.Core;

/// <summary>Per-function concurrency bookkeeping of the async lane (guarded by the core's lane lock).</summary>
internal sealed class FunctionLane
{
    public int InFlight;

    public readonly Queue<PendingInvocation> Waiting = new();
}
