namespace MiniAurora.Lambda.Emulator;

/// <summary>Settings of <see cref="LocalLambdaEndpoint"/>.</summary>
public sealed record LocalEndpointOptions
{
    /// <summary>Loopback port; 0 picks a free one (read <see cref="LocalLambdaEndpoint.Endpoint"/>).</summary>
    public int Port { get; init; }

    /// <summary>Long-term keys the endpoint accepts (and signs STS calls with). Defaults to one well-known local key.</summary>
    public IReadOnlyList<AwsCredentials> Credentials { get; init; } = [DefaultCredentials];

    /// <summary>Role ARNs that STS AssumeRole grants (the roles associated with the cluster); empty allows none.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Verify SigV4 on every call (AWS's behaviour). Off only for debugging.</summary>
    public bool VerifySignatures { get; init; } = true;

    /// <summary>Folder of handler folders (see FunctionDefinition); null hosts only the built-ins.</summary>
    public string? FunctionsDirectory { get; init; }

    /// <summary>Host the built-in echo, sleep and fail functions.</summary>
    public bool EnableBuiltins { get; init; } = true;

    /// <summary>Default function timeout (Lambda's default: 3 s).</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Handler processes per folder function.</summary>
    public int ProcessesPerFunction { get; init; } = 2;

    /// <summary>Workers running queued Event invocations.</summary>
    public int EventConcurrency { get; init; } = 8;

    /// <summary>Retries of an Event invocation whose function failed (Lambda: up to two more times).</summary>
    public int EventRetries { get; init; } = 2;

    /// <summary>Delay before the first Event retry, doubled for the next (Lambda waits minutes; local default 1 s).</summary>
    public TimeSpan EventRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Lifetime of credentials issued by AssumeRole.</summary>
    public TimeSpan SessionDuration { get; init; } = TimeSpan.FromHours(1);

    public string Region { get; init; } = "us-east-1";

    public string AccountId { get; init; } = "123456789012";

    public string PythonPath { get; init; } = "/usr/bin/python3";

    public string NodePath { get; init; } = "node";

    /// <summary>Extra environment for handler processes (e.g. where the example handlers write).</summary>
    public IReadOnlyDictionary<string, string> HandlerEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>The default local key pair (AWS's documentation example key).</summary>
    public static AwsCredentials DefaultCredentials { get; } = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
}
