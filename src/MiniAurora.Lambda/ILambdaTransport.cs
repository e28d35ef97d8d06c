namespace MiniAurora.Lambda;

/// <summary>
/// One attempt of one Invoke call on the wire (the AWS REST API or a fake in tests). Unlike
/// <see cref="ILambdaInvoker"/> it reports failures as <see cref="LambdaApiException"/> so the invocation core
/// can tell retryable failures (throttling, 5xx, network) from final ones. Must be safe for concurrent use.
/// </summary>
public interface ILambdaTransport
{
    ValueTask<LambdaResult> SendAsync(LambdaRequest request, CancellationToken ct);
}
