namespace MiniAurora.Lambda.Aws;

/// <summary>Supplies signing credentials; implementations cache and refresh, and throw <see cref="LambdaApiException"/> (MissingCredentials).</summary>
public interface IAwsCredentialProvider
{
    ValueTask<AwsCredentials> GetAsync(CancellationToken ct);

    /// <summary>Drops cached credentials (e.g. after ExpiredTokenException) so the next call resolves again.</summary>
    void Invalidate();
}
