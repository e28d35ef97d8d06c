namespace MiniAurora.Lambda.Emulator;

/// <summary>An API error the endpoint answers instead of invoking (fault tests: 429 with Retry-After, 500...).</summary>
public sealed record LocalFault(int Status, string ErrorCode, string Message, int? RetryAfterSeconds = null)
{
    public static LocalFault Throttle(int retryAfterSeconds = 1) =>
        new(429, "TooManyRequestsException", "Rate Exceeded.", retryAfterSeconds);

    public static LocalFault ServiceError() => new(500, "ServiceException", "Internal service error (injected)");
}
