namespace MiniAurora.Lambda.Emulator;

/// <summary>What a local function produced: its JSON result, or an error document with <c>Handled</c>/<c>Unhandled</c>.</summary>
public sealed record LocalOutcome(ReadOnlyMemory<byte> Payload, string? FunctionError = null)
{
    public static LocalOutcome Error(string type, string message, string functionError = "Unhandled") =>
        new(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["errorMessage"] = message, ["errorType"] = type }),
            functionError);

    public static LocalOutcome TimedOut(string requestId, TimeSpan timeout) =>
        Error("Sandbox.Timedout", $"{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} {requestId} Task timed out after {timeout.TotalSeconds:0.00} seconds");
}
