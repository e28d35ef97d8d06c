using MiniAurora.Core.Errors;

namespace MiniAurora.Lambda;

/// <summary>
/// A classified Lambda API failure. <see cref="Exception.Message"/> is the text that follows
/// <c>Lambda API returned error: </c> in Aurora's 1873 error; <see cref="ToMySqlException"/> builds that error.
/// </summary>
public sealed class LambdaApiException : Exception
{
    public LambdaApiException(LambdaFailureKind kind, string message, string? errorCode = null, int? httpStatus = null,
        TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        ErrorCode = errorCode;
        HttpStatus = httpStatus;
        RetryAfter = retryAfter;
    }

    public LambdaFailureKind Kind { get; }

    /// <summary>AWS's error code (x-amzn-ErrorType without suffix), e.g. <c>ResourceNotFoundException</c>.</summary>
    public string? ErrorCode { get; }

    public int? HttpStatus { get; }

    /// <summary>The server's Retry-After (header or <c>retryAfterSeconds</c>), when given.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Throttling, 5xx, network errors and timeouts are worth another attempt; nothing else is.</summary>
    public bool IsRetryable => Kind is LambdaFailureKind.Throttled or LambdaFailureKind.ServiceError
        or LambdaFailureKind.Network or LambdaFailureKind.Timeout;

    /// <summary>Aurora's <c>ERROR 1873 (HY000): Lambda API returned error: {Message}</c>, with this as the inner exception.</summary>
    public MiniAuroraException ToMySqlException()
    {
        var info = MySqlErrorInfo.Of(global::MiniAurora.Core.Errors.ErrorCode.ER_AURORA_LAMBDA_API_ERROR);
        return new MiniAuroraException(info.Code, info.SqlState, info.Format(Message), this);
    }

    /// <summary>Aurora's text when no role (or no credentials) is configured.</summary>
    public static LambdaApiException MissingCredentials(Exception? inner = null) =>
        new(LambdaFailureKind.MissingCredentials, "Missing Credentials: Cannot instantiate Lambda Client", inner: inner);

    /// <summary>Aurora's text when the endpoint cannot be reached.</summary>
    public static LambdaApiException NetworkConnection(Exception? inner = null) =>
        new(LambdaFailureKind.Network, "Network Connection. Unable to connect to endpoint", inner: inner);

    public static LambdaApiException InvalidRequest(string message) => new(LambdaFailureKind.InvalidRequest, message);
}
