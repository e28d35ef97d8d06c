namespace MiniAurora.Lambda.Emulator;

/// <summary>One invocation as a local function sees it (what the Runtime API's /next hands a handler).</summary>
/// <param name="RequestId">The Lambda request id (<c>Lambda-Runtime-Aws-Request-Id</c>).</param>
/// <param name="FunctionArn">The invoked ARN, qualifier included.</param>
/// <param name="Payload">The event bytes (owned by the invocation).</param>
/// <param name="ClientContext">The decoded client context JSON, or null.</param>
/// <param name="Deadline">When the invocation times out.</param>
public sealed record LocalInvocation(string RequestId, string FunctionArn, ReadOnlyMemory<byte> Payload, string? ClientContext, DateTimeOffset Deadline);
