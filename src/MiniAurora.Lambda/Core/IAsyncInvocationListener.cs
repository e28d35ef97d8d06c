namespace MiniAurora.Lambda.Core;

/// <summary>
/// Told when a queued invocation leaves the core, so a durable producer (the storage outbox) can acknowledge
/// it. Called on a dispatcher's thread pool continuation: implementations must not block or throw.
/// </summary>
public interface IAsyncInvocationListener
{
    /// <summary>Lambda accepted the event (HTTP 202).</summary>
    void OnDelivered(AsyncInvocation invocation, int attempts);

    /// <summary>The invocation failed for good (non-retryable error or retry limit) and was dead-lettered.</summary>
    void OnDeadLettered(DeadLetter deadLetter);
}
