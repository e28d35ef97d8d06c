namespace MiniAurora.Lambda.Core;

/// <summary>A snapshot row of a pending invocation (for an information_schema table).</summary>
/// <param name="State">queued, in_flight or retry_wait.</param>
public sealed record PendingInvocationInfo(string Id, string Function, int Attempts, string State, string? LastError, DateTimeOffset? NextAttemptAt);
