using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace MiniAurora.Lambda.Aws;

/// <summary>
/// AWSSDK.Core's default identity chain (environment variables, shared profile, container and instance
/// credentials...). The SDK's credentials object caches and refreshes what it resolves; this only keeps it.
/// Tests set <c>AWS_EC2_METADATA_DISABLED=true</c> so an empty chain never probes 169.254.169.254.
/// </summary>
public sealed class DefaultChainCredentialProvider : IAwsCredentialProvider
{
    private volatile AWSCredentials? _resolved;

    public async ValueTask<AwsCredentials> GetAsync(CancellationToken ct)
    {
        try
        {
            var source = _resolved ??= await DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync(null).ConfigureAwait(false);
            var c = await source.GetCredentialsAsync().ConfigureAwait(false);
            if (string.IsNullOrEmpty(c.AccessKey) || string.IsNullOrEmpty(c.SecretKey))
            {
                throw LambdaApiException.MissingCredentials();
            }
            return new AwsCredentials(c.AccessKey, c.SecretKey, string.IsNullOrEmpty(c.Token) ? null : c.Token);
        }
        catch (AmazonClientException ex)
        {
            _resolved = null;
            throw LambdaApiException.MissingCredentials(ex);
        }
    }

    public void Invalidate() => _resolved = null;
}
