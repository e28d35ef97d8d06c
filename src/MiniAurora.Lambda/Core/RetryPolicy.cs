namespace MiniAurora.Lambda.Core;

/// <summary>
/// Exponential backoff with "equal jitter": attempt n (1-based, n ≥ 1 failed attempts) waits a random time in
/// [d/2, d] where d = min(max, base·2^(n-1)); a server's Retry-After raises the wait to at least that value
/// (capped at <see cref="LambdaOptions.MaxRetryAfter"/>).
/// </summary>
internal sealed class RetryPolicy(LambdaOptions options, Func<double>? random = null)
{
    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;

    public int MaxAttempts => Math.Max(1, options.MaxAttempts);

    public bool ShouldRetry(LambdaApiException error, int attemptsSoFar) => error.IsRetryable && attemptsSoFar < MaxAttempts;

    public TimeSpan Delay(int failedAttempts, TimeSpan? retryAfter)
    {
        double baseMs = options.RetryBaseDelay.TotalMilliseconds;
        double capMs = options.RetryMaxDelay.TotalMilliseconds;
        double d = Math.Min(capMs, baseMs * Math.Pow(2, Math.Min(failedAttempts - 1, 30)));
        double jittered = d / 2 + d / 2 * _random();
        if (retryAfter is { } ra)
        {
            jittered = Math.Max(jittered, Math.Min(ra.TotalMilliseconds, options.MaxRetryAfter.TotalMilliseconds));
        }
        return TimeSpan.FromMilliseconds(jittered);
    }
}
