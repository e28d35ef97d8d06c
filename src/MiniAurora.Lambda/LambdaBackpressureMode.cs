namespace MiniAurora.Lambda;

/// <summary>What enqueuing does when the async queue is full.</summary>
public enum LambdaBackpressureMode
{
    /// <summary>The caller awaits a free slot (no thread is blocked).</summary>
    Wait,

    /// <summary>The caller gets 1873 <c>Lambda API returned error: queue full</c> at once.</summary>
    Error,
}
