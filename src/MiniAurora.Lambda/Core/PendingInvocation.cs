namespace MiniAurora.Lambda.Core;

/// <summary>The core's mutable bookkeeping for one queued invocation.</summary>
internal sealed class PendingInvocation(AsyncInvocation invocation, bool holdsCapacity, long enqueuedTimestamp)
{
    public AsyncInvocation Invocation { get; } = invocation;

    /// <summary>Whether this item took a slot of the bounded queue (SQL callers) or bypassed it (durable outbox feed).</summary>
    public bool HoldsCapacity { get; } = holdsCapacity;

    public long EnqueuedTimestamp { get; } = enqueuedTimestamp;

    public string FunctionKey { get; } = invocation.Target.ToString();

    public int Attempts { get; set; }

    public volatile string State = "queued";

    public string? LastError { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }
}
