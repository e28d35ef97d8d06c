namespace MiniAurora.Lambda.Core;

/// <summary>An invocation that failed for good, kept for inspection (information_schema) and re-drive.</summary>
public sealed record DeadLetter(AsyncInvocation Invocation, int Attempts, string LastError, LambdaFailureKind Kind, DateTimeOffset DeadLetteredAt);
