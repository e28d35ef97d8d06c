namespace MiniAurora.Lambda.Aws;

/// <summary>Fixed credentials (the embedded endpoint's, or tests').</summary>
public sealed class StaticCredentialProvider(AwsCredentials credentials) : IAwsCredentialProvider
{
    public ValueTask<AwsCredentials> GetAsync(CancellationToken ct) => ValueTask.FromResult(credentials);

    public void Invalidate()
    {
    }
}
