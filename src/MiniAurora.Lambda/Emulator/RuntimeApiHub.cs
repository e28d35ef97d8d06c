using System.Collections.Concurrent;

namespace MiniAurora.Lambda.Emulator;

/// <summary>Who is who on the Runtime API: worker tokens → processes, request ids → invocations.</summary>
internal sealed class RuntimeApiHub
{
    private readonly ConcurrentDictionary<string, HandlerProcess> _workers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RuntimeInvocation> _invocations = new(StringComparer.Ordinal);

    public void AddWorker(HandlerProcess p) => _workers[p.Token] = p;

    public void RemoveWorker(HandlerProcess p) => _workers.TryRemove(p.Token, out _);

    public HandlerProcess? Worker(string? token) => token is not null && _workers.TryGetValue(token, out var p) ? p : null;

    public void AddInvocation(RuntimeInvocation i) => _invocations[i.Invocation.RequestId] = i;

    public void RemoveInvocation(RuntimeInvocation i) => _invocations.TryRemove(i.Invocation.RequestId, out _);

    public RuntimeInvocation? Invocation(string id) => _invocations.TryGetValue(id, out var i) ? i : null;
}
