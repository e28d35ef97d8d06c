namespace MiniAurora.Lambda.Aws;

/// <summary>Endpoint and region resolution: explicit option, then the SDKs' environment variables, then AWS's public endpoints.</summary>
internal static class AwsEndpoints
{
    public static string DefaultRegion(LambdaOptions options) =>
        options.DefaultRegion
        ?? Nonempty(Environment.GetEnvironmentVariable("AWS_REGION"))
        ?? Nonempty(Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION"))
        ?? "us-east-1";

    /// <summary>The Lambda endpoint override (option, AWS_ENDPOINT_URL_LAMBDA, AWS_ENDPOINT_URL), or null for AWS's.</summary>
    public static Uri? LambdaOverride(LambdaOptions options) =>
        options.LambdaEndpoint ?? FromEnv("AWS_ENDPOINT_URL_LAMBDA") ?? FromEnv("AWS_ENDPOINT_URL");

    public static Uri? StsOverride(LambdaOptions options) =>
        options.StsEndpoint ?? FromEnv("AWS_ENDPOINT_URL_STS") ?? FromEnv("AWS_ENDPOINT_URL");

    public static Uri Lambda(LambdaOptions options, string region) =>
        LambdaOverride(options) ?? new Uri($"https://lambda.{region}.amazonaws.com{(region.StartsWith("cn-", StringComparison.Ordinal) ? ".cn" : "")}/");

    private static Uri? FromEnv(string name) =>
        Nonempty(Environment.GetEnvironmentVariable(name)) is { } s && Uri.TryCreate(s, UriKind.Absolute, out var u) ? u : null;

    private static string? Nonempty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
