namespace MiniAurora.Lambda.Emulator;

/// <summary>
/// A function hosted by <see cref="LocalLambdaEndpoint"/>. Implementations must honour the invocation's
/// deadline (the endpoint also enforces it) and return handler failures as an error outcome, not by throwing.
/// </summary>
public interface ILocalFunction : IAsyncDisposable
{
    string Name { get; }

    /// <summary>The function's timeout (Lambda's default is 3 s).</summary>
    TimeSpan Timeout { get; }

    ValueTask<LocalOutcome> InvokeAsync(LocalInvocation invocation, CancellationToken ct);
}
