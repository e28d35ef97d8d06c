namespace MiniAurora.Lambda;

/// <summary>
/// The seam the engine calls for <c>lambda_sync</c> / <c>lambda_async</c> (ARCHITECTURE.md B5, B10).
/// Implementations never block a thread; the returned task completes when Lambda answered (RequestResponse,
/// DryRun) or accepted the event (Event, HTTP 202).
/// </summary>
/// <remarks>
/// Failures of the API call itself (credentials, network, throttling, unknown function, access denied,
/// invalid payload, timeouts) throw <see cref="Core.Errors.MiniAuroraException"/> 1873
/// (<c>Lambda API returned error: ...</c>) whose <see cref="Exception.InnerException"/> is a
/// <see cref="LambdaApiException"/> with the classification. A <em>function</em> error (the handler threw)
/// is not an API failure: it is returned in <see cref="LambdaResult.FunctionError"/>; callers that want
/// Aurora's behaviour call <see cref="LambdaResult.ThrowIfFunctionError"/>.
/// </remarks>
public interface ILambdaInvoker
{
    ValueTask<LambdaResult> InvokeAsync(LambdaRequest request, CancellationToken ct);
}
