namespace MiniAurora.Lambda;

/// <summary>Why a Lambda API call failed; decides retry (see <see cref="LambdaApiException.IsRetryable"/>).</summary>
public enum LambdaFailureKind
{
    /// <summary>The request was rejected before sending (bad name, payload not JSON, too large).</summary>
    InvalidRequest,

    /// <summary>No credentials could be resolved (no role configured, STS refused, chain empty).</summary>
    MissingCredentials,

    /// <summary>The endpoint could not be reached or the connection broke.</summary>
    Network,

    /// <summary>No answer within the per-call timeout.</summary>
    Timeout,

    /// <summary>HTTP 429 TooManyRequestsException (or EC2ThrottledException).</summary>
    Throttled,

    /// <summary>HTTP 5xx from the service.</summary>
    ServiceError,

    /// <summary>HTTP 404 ResourceNotFoundException.</summary>
    NotFound,

    /// <summary>HTTP 403: AccessDenied, InvalidSignature, UnrecognizedClient, ExpiredToken.</summary>
    AccessDenied,

    /// <summary>Any other 4xx from the service.</summary>
    ClientError,

    /// <summary>The invocation core's queue was full and the backpressure mode is "error".</summary>
    QueueFull,
}
