namespace MiniAurora.Lambda;

/// <summary>
/// Settings of the Lambda client and the invocation core; the server fills it from the cluster parameter
/// group (issue #7 item 1). Immutable once handed to a component.
/// </summary>
public sealed record LambdaOptions
{
    /// <summary>
    /// <c>aws_default_lambda_role</c>: when set, calls use temporary credentials from STS AssumeRole of this role.
    /// </summary>
    public string? RoleArn { get; init; }

    /// <summary>
    /// Aurora's rule: without a role, calls fail with <c>Missing Credentials: Cannot instantiate Lambda Client</c>.
    /// When false, the default credential chain's credentials are used directly.
    /// </summary>
    public bool RequireRole { get; init; }

    /// <summary>Lambda endpoint override (else <c>AWS_ENDPOINT_URL_LAMBDA</c>, <c>AWS_ENDPOINT_URL</c>, then AWS's regional endpoint).</summary>
    public Uri? LambdaEndpoint { get; init; }

    /// <summary>STS endpoint override (else <c>AWS_ENDPOINT_URL_STS</c>, <c>AWS_ENDPOINT_URL</c>, then AWS's regional endpoint).</summary>
    public Uri? StsEndpoint { get; init; }

    /// <summary>Region for names without one (else <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, then us-east-1).</summary>
    public string? DefaultRegion { get; init; }

    /// <summary>Static base credentials (e.g. the embedded endpoint's); when null the AWSSDK default chain is used.</summary>
    public AwsCredentials? StaticCredentials { get; init; }

    /// <summary>Role session name sent to STS.</summary>
    public string RoleSessionName { get; init; } = "miniaurora";

    /// <summary>Temporary credentials are refreshed this long before they expire.</summary>
    public TimeSpan CredentialRefreshMargin { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Per-attempt HTTP timeout of a RequestResponse call.</summary>
    public TimeSpan SyncTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Per-attempt HTTP timeout of an Event call (acceptance only).</summary>
    public TimeSpan AsyncTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Connect timeout of pooled connections.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Pooled connections per endpoint (at least SyncConcurrency + AsyncConcurrency are allowed).</summary>
    public int MaxConnectionsPerEndpoint { get; init; } = 64;

    /// <summary>Concurrent RequestResponse calls (the sync lane); more wait their turn without blocking a thread.</summary>
    public int SyncConcurrency { get; init; } = 64;

    /// <summary>Concurrent Event deliveries (the async lane's dispatchers).</summary>
    public int AsyncConcurrency { get; init; } = 16;

    /// <summary>Concurrent Event deliveries per function; 0 means only <see cref="AsyncConcurrency"/> applies.</summary>
    public int PerFunctionConcurrency { get; init; } = 8;

    /// <summary>Capacity of the async queue.</summary>
    public int AsyncQueueCapacity { get; init; } = 100_000;

    /// <summary>What an enqueue does when the async queue is full: wait (asynchronously) or fail with 1873.</summary>
    public LambdaBackpressureMode Backpressure { get; init; } = LambdaBackpressureMode.Wait;

    /// <summary>Attempts per async invocation before it is dead-lettered (first attempt included).</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>Base delay of the exponential backoff (attempt n waits about base·2^(n-1), jittered).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Upper bound of one backoff delay (Retry-After may ask for more and is honoured up to <see cref="MaxRetryAfter"/>).</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest Retry-After honoured.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How lambda_async delivers (the engine's choice; the core serves both).</summary>
    public LambdaAsyncMode AsyncMode { get; init; } = LambdaAsyncMode.Outbox;

    /// <summary>IAM roles associated with the cluster (the embedded endpoint's STS grants exactly these).</summary>
    public IReadOnlyList<string> AssociatedRoles { get; init; } = [];

    /// <summary>Dead letters kept in memory for inspection and re-drive.</summary>
    public int DeadLetterCapacity { get; init; } = 10_000;
}
