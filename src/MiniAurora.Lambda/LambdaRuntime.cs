using Microsoft.Extensions.Logging;
using MiniAurora.Lambda.Aws;
using MiniAurora.Lambda.Core;
using MiniAurora.Lambda.Emulator;

namespace MiniAurora.Lambda;

/// <summary>
/// The server's one-stop entry point: starts the embedded local endpoint when no endpoint is configured
/// (issue #7 item 6), builds the AWS transport and the invocation core. The engine uses <see cref="Invoker"/>
/// (lambda_sync, Aurora-mode lambda_async) and <see cref="Core"/> (queued lambda_async, outbox feed, status).
/// </summary>
public sealed class LambdaRuntime : IAsyncDisposable
{
    private readonly AwsLambdaTransport _transport;

    private LambdaRuntime(LambdaOptions options, AwsLambdaTransport transport, LambdaInvocationCore core, LocalLambdaEndpoint? endpoint)
    {
        Options = options;
        _transport = transport;
        Core = core;
        EmbeddedEndpoint = endpoint;
    }

    /// <summary>The effective options (endpoint and credentials filled in when the embedded endpoint runs).</summary>
    public LambdaOptions Options { get; }

    public LambdaInvocationCore Core { get; }

    public ILambdaInvoker Invoker => Core;

    /// <summary>The embedded endpoint, or null when a real/other endpoint is configured.</summary>
    public LocalLambdaEndpoint? EmbeddedEndpoint { get; }

    /// <param name="embedded">Settings of the embedded endpoint, used only when neither the options nor the environment name an endpoint; null never embeds.</param>
    public static async Task<LambdaRuntime> StartAsync(LambdaOptions options, LocalEndpointOptions? embedded, TimeProvider time,
        IAsyncInvocationListener? listener = null, ILoggerFactory? loggers = null, CancellationToken ct = default)
    {
        LocalLambdaEndpoint? endpoint = null;
        if (embedded is not null && AwsEndpoints.LambdaOverride(options) is null)
        {
            if (embedded.Roles.Count == 0)
            {
                embedded = embedded with { Roles = options.AssociatedRoles };
            }
            endpoint = new LocalLambdaEndpoint(embedded, time);
            await endpoint.StartAsync(ct).ConfigureAwait(false);
            options = options with
            {
                LambdaEndpoint = endpoint.Endpoint,
                StsEndpoint = options.StsEndpoint ?? endpoint.Endpoint,
                StaticCredentials = options.StaticCredentials ?? endpoint.RootCredentials,
            };
        }
        var transport = new AwsLambdaTransport(options, AwsLambdaTransport.CreateCredentialProvider(options, time), time);
        var core = new LambdaInvocationCore(options, transport, time, listener, loggers?.CreateLogger("MiniAurora.Lambda"));
        return new LambdaRuntime(options, transport, core, endpoint);
    }

    public async ValueTask DisposeAsync()
    {
        await Core.DisposeAsync().ConfigureAwait(false);
        _transport.Dispose();
        if (EmbeddedEndpoint is not null)
        {
            await EmbeddedEndpoint.DisposeAsync().ConfigureAwait(false);
        }
    }
}
