using System.Net;
using System.Net.Sockets;

namespace MiniAurora.Lambda.Aws;

/// <summary>
/// The Lambda Invoke REST call (<c>POST /2015-03-31/functions/{name}/invocations</c>), SigV4-signed, over one
/// pooled keep-alive <see cref="HttpClient"/>. One attempt per call: retries belong to the invocation core.
/// </summary>
public sealed class AwsLambdaTransport : ILambdaTransport, IDisposable
{
    private readonly LambdaOptions _options;
    private readonly IAwsCredentialProvider _credentials;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;
    private readonly string _defaultRegion;

    public AwsLambdaTransport(LambdaOptions options, IAwsCredentialProvider credentials, TimeProvider time)
    {
        _options = options;
        _credentials = credentials;
        _time = time;
        _defaultRegion = AwsEndpoints.DefaultRegion(options);
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(60),
            // Enough connections for both lanes at full concurrency, so async deliveries never hold the
            // connections a lambda_sync call needs (lane separation down to the socket pool).
            MaxConnectionsPerServer = Math.Max(options.MaxConnectionsPerEndpoint, options.SyncConcurrency + options.AsyncConcurrency),
            ConnectTimeout = options.ConnectTimeout,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            // Loopback endpoints (the embedded one, emulators) must never go through an HTTP proxy from the environment.
            UseProxy = AwsEndpoints.LambdaOverride(options) is not { IsLoopback: true },
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>
    /// Builds the credential chain of <paramref name="options"/>: static or AWSSDK default chain as the base, wrapped
    /// by STS AssumeRole when a role is set; with <see cref="LambdaOptions.RequireRole"/> and no role, every call fails
    /// with Aurora's Missing Credentials error.
    /// </summary>
    public static IAwsCredentialProvider CreateCredentialProvider(LambdaOptions options, TimeProvider time)
    {
        IAwsCredentialProvider baseProvider = options.StaticCredentials is { } s
            ? new StaticCredentialProvider(s)
            : new DefaultChainCredentialProvider();
        if (!string.IsNullOrWhiteSpace(options.RoleArn))
        {
            return new AssumeRoleCredentialProvider(baseProvider, options.RoleArn, options.RoleSessionName,
                AwsEndpoints.StsOverride(options), AwsEndpoints.DefaultRegion(options), options.CredentialRefreshMargin, time);
        }
        return options.RequireRole ? new MissingCredentialProvider() : baseProvider;
    }

    public async ValueTask<LambdaResult> SendAsync(LambdaRequest request, CancellationToken ct)
    {
        var target = request.Target;
        string region = target.Region ?? _defaultRegion;
        var creds = await _credentials.GetAsync(ct).ConfigureAwait(false);
        var endpoint = AwsEndpoints.Lambda(_options, region);
        string path = "2015-03-31/functions/" + Uri.EscapeDataString(target.PathName) + "/invocations";
        if (target.Qualifier is not null)
        {
            path += "?Qualifier=" + Uri.EscapeDataString(target.Qualifier);
        }
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, path));
        var body = request.Payload;
        message.Content = new ReadOnlyMemoryContent(body);
        message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        string clientContext = request.BuildClientContextHeader();
        message.Headers.TryAddWithoutValidation("X-Amz-Client-Context", clientContext);
        KeyValuePair<string, string>[] signed;
        if (request.InvocationType != LambdaInvocationType.RequestResponse)
        {
            string type = request.InvocationType == LambdaInvocationType.Event ? "Event" : "DryRun";
            message.Headers.TryAddWithoutValidation("X-Amz-Invocation-Type", type);
            signed = [new("content-type", "application/json"), new("x-amz-client-context", clientContext), new("x-amz-invocation-type", type)];
        }
        else
        {
            signed = [new("content-type", "application/json"), new("x-amz-client-context", clientContext)];
        }
        SigV4.Sign(message, body.Span, creds, region, "lambda", _time.GetUtcNow(), signed);

        var timeout = request.InvocationType == LambdaInvocationType.RequestResponse ? _options.SyncTimeout : _options.AsyncTimeout;
        using var timeoutCts = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeoutCts.Token);
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            byte[] bytes = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
            {
                return LambdaResult.Create(status, bytes, Header(response, "X-Amz-Function-Error"),
                    Header(response, "X-Amz-Executed-Version"), Header(response, "x-amzn-RequestId"));
            }
            var error = AwsErrorReader.ToException(status, response.Headers, bytes);
            if (error.ErrorCode is "ExpiredTokenException" or "UnrecognizedClientException")
            {
                _credentials.Invalidate();
            }
            throw error;
        }
        catch (OperationCanceledException ex) when (timeoutCts.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new LambdaApiException(LambdaFailureKind.Timeout,
                $"Network Connection. No response from the Lambda endpoint within {timeout.TotalMilliseconds:0} ms", inner: ex);
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException or IOException || ex.HttpRequestError is
            HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ResponseEnded or HttpRequestError.ProxyTunnelError)
        {
            throw LambdaApiException.NetworkConnection(ex);
        }
        catch (HttpRequestException ex)
        {
            throw new LambdaApiException(LambdaFailureKind.Network, "Network Connection. " + ex.Message, inner: ex);
        }
    }

    public void Dispose() => _http.Dispose();

    private static string? Header(HttpResponseMessage r, string name) =>
        r.Headers.TryGetValues(name, out var v) ? v.FirstOrDefault() : null;

    private sealed class MissingCredentialProvider : IAwsCredentialProvider
    {
        public ValueTask<AwsCredentials> GetAsync(CancellationToken ct) => ValueTask.FromException<AwsCredentials>(LambdaApiException.MissingCredentials());

        public void Invalidate()
        {
        }
    }
}
