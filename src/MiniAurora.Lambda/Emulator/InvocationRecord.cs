namespace MiniAurora.Lambda.Emulator;

/// <summary>What the endpoint ran (kept for tests and diagnostics).</summary>
public sealed record InvocationRecord(string Function, string RequestId, LambdaInvocationType Type, string Payload, string? ClientContext, string? FunctionError);
