using System.Text.Json;

namespace MiniAurora.Lambda.Emulator;

/// <summary>
/// Functions that need no process, for tests and benchmarks: <c>echo</c> returns its event; <c>sleep</c> waits
/// <c>{"ms":N}</c> then returns <c>{"slept_ms":N}</c>; <c>fail</c> always fails (Unhandled, errorType from the
/// event's <c>errorType</c> or <c>TestError</c>).
/// </summary>
internal static class BuiltinFunctions
{
    public static IEnumerable<ILocalFunction> Create(TimeProvider time, TimeSpan timeout) =>
    [
        new Builtin("echo", timeout, (inv, _) => ValueTask.FromResult(new LocalOutcome(inv.Payload))),
        new Builtin("sleep", timeout, async (inv, ct) =>
        {
            int ms = ReadInt(inv.Payload.Span, "ms");
            await Task.Delay(TimeSpan.FromMilliseconds(ms), time, ct).ConfigureAwait(false);
            return new LocalOutcome(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, int> { ["slept_ms"] = ms }));
        }),
        new Builtin("fail", timeout, (inv, _) => ValueTask.FromResult(
            LocalOutcome.Error(ReadString(inv.Payload.Span, "errorType") ?? "TestError",
                ReadString(inv.Payload.Span, "errorMessage") ?? "the fail function always fails"))),
    ];

    private static int ReadInt(ReadOnlySpan<byte> json, string name)
    {
        try
        {
            using var doc = JsonDocument.Parse(json.ToArray());
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var v) && v.TryGetInt32(out int i) ? i : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    private static string? ReadString(ReadOnlySpan<byte> json, string name)
    {
        try
        {
            using var doc = JsonDocument.Parse(json.ToArray());
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var v)
                && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class Builtin(string name, TimeSpan timeout, Func<LocalInvocation, CancellationToken, ValueTask<LocalOutcome>> body) : ILocalFunction
    {
        public string Name => name;

        public TimeSpan Timeout => timeout;

        public ValueTask<LocalOutcome> InvokeAsync(LocalInvocation invocation, CancellationToken ct) => body(invocation, ct);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
