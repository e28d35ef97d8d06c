namespace MiniAurora.Lambda.Emulator;

/// <summary>An invocation waiting for, or being run by, a handler process (Runtime API bookkeeping).</summary>
internal sealed class RuntimeInvocation(LocalInvocation invocation)
{
    private readonly TaskCompletionSource<LocalOutcome> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LocalInvocation Invocation { get; } = invocation;

    public Task<LocalOutcome> Completion => _done.Task;

    /// <summary>The process that took it from /next, if any.</summary>
    public HandlerProcess? Worker { get; set; }

    public bool IsDone => _done.Task.IsCompleted;

    public bool TryComplete(LocalOutcome outcome) => _done.TrySetResult(outcome);
}
