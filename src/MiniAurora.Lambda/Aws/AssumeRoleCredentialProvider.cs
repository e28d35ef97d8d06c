using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace MiniAurora.Lambda.Aws;

/// <summary>
/// Temporary credentials of <c>aws_default_lambda_role</c> from STS AssumeRole (AWSSDK.SecurityToken), signed
/// with the base provider's credentials. Cached and refreshed <see cref="LambdaOptions.CredentialRefreshMargin"/>
/// before expiry; concurrent callers share one refresh (an async lock, no blocked thread).
/// </summary>
public sealed class AssumeRoleCredentialProvider(
    IAwsCredentialProvider baseProvider, string roleArn, string sessionName, Uri? stsEndpoint, string region,
    TimeSpan refreshMargin, TimeProvider time) : IAwsCredentialProvider, IDisposable
{
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private volatile AwsCredentials? _cached;

    public async ValueTask<AwsCredentials> GetAsync(CancellationToken ct)
    {
        var c = _cached;
        if (c is not null && !NeedsRefresh(c))
        {
            return c;
        }
        await _refreshLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            c = _cached;
            if (c is not null && !NeedsRefresh(c))
            {
                return c;
            }
            c = await AssumeAsync(ct).ConfigureAwait(false);
            _cached = c;
            return c;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void Invalidate() => _cached = null;

    public void Dispose() => _refreshLock.Dispose();

    private bool NeedsRefresh(AwsCredentials c) => c.Expiration is { } exp && time.GetUtcNow() >= exp - refreshMargin;

    private async Task<AwsCredentials> AssumeAsync(CancellationToken ct)
    {
        var baseCreds = await baseProvider.GetAsync(ct).ConfigureAwait(false);
        AWSCredentials sdkCreds = baseCreds.SessionToken is null
            ? new BasicAWSCredentials(baseCreds.AccessKeyId, baseCreds.SecretAccessKey)
            : new SessionAWSCredentials(baseCreds.AccessKeyId, baseCreds.SecretAccessKey, baseCreds.SessionToken);
        var config = new AmazonSecurityTokenServiceConfig { AuthenticationRegion = region, MaxErrorRetry = 2 };
        if (stsEndpoint is not null)
        {
            config.ServiceURL = stsEndpoint.ToString();
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region);
        }
        try
        {
            using var sts = new AmazonSecurityTokenServiceClient(sdkCreds, config);
            var response = await sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = roleArn, RoleSessionName = sessionName }, ct)
                .ConfigureAwait(false);
            var r = response.Credentials;
            DateTimeOffset? expiration = r.Expiration is { } e ? new DateTimeOffset(DateTime.SpecifyKind(e.ToUniversalTime(), DateTimeKind.Utc)) : null;
            return new AwsCredentials(r.AccessKeyId, r.SecretAccessKey, r.SessionToken, expiration);
        }
        catch (AmazonServiceException ex) when (ex.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.BadRequest
            or System.Net.HttpStatusCode.NotFound)
        {
            throw new LambdaApiException(LambdaFailureKind.MissingCredentials,
                $"Missing Credentials: Cannot instantiate Lambda Client (AssumeRole of {roleArn} failed: {ex.ErrorCode}: {ex.Message})",
                ex.ErrorCode, (int)ex.StatusCode, inner: ex);
        }
        catch (AmazonServiceException ex)
        {
            throw new LambdaApiException(LambdaFailureKind.ServiceError,
                $"STS AssumeRole of {roleArn} failed: {ex.ErrorCode}: {ex.Message}", ex.ErrorCode, (int)ex.StatusCode, inner: ex);
        }
        catch (AmazonClientException ex)
        {
            throw new LambdaApiException(LambdaFailureKind.Network,
                $"Network Connection. Unable to connect to STS endpoint ({ex.Message})", inner: ex);
        }
    }
}
