namespace MiniAurora.Lambda;

/// <summary>An access key, its secret and (for temporary credentials) the session token and expiry.</summary>
public sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null, DateTimeOffset? Expiration = null)
{
    public override string ToString() => $"AwsCredentials({AccessKeyId}, expires {Expiration?.ToString("O") ?? "never"})";
}
