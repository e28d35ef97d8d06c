namespace MiniAurora.Lambda.Core;

/// <summary>
/// One queued Event invocation. <see cref="Id"/> is stable across retries and restarts (the outbox record id
/// when fed from storage) and is sent as the client context's <c>invocation_id</c>. <see cref="Tag"/> is the
/// producer's own state (e.g. the outbox id to acknowledge), handed back to the listener untouched.
/// </summary>
public sealed record AsyncInvocation(string Id, LambdaFunctionTarget Target, ReadOnlyMemory<byte> Payload, object? Tag = null)
{
    /// <summary>Validates name and payload (1 MB Event limit, JSON) as lambda_async does; throws 1873 otherwise.</summary>
    public static AsyncInvocation Create(string id, string functionName, ReadOnlyMemory<byte> payload, object? tag = null)
    {
        var target = LambdaFunctionTarget.Parse(functionName);
        LambdaRequest.ValidatePayload(payload.Span, LambdaInvocationType.Event);
        return new AsyncInvocation(id, target, payload, tag);
    }

    internal LambdaRequest ToRequest() => new(Target, Payload, LambdaInvocationType.Event, Id);
}
