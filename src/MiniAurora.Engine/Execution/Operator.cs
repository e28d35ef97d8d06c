using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Execution;

/// <summary>
/// A pull-based row producer for one execution (built from a cached plan node by <c>PlanNode.Open</c>).
/// <see cref="MoveNextAsync"/> completes synchronously against in-memory storage (B3.5); only lock waits
/// are truly asynchronous. <see cref="Current"/> is valid until the next call; operators that buffer
/// rows must not keep arrays they don't own unless the producer documents them as immutable
/// (storage rows are; projection output is a fresh array unless it feeds the sink directly).
/// </summary>
internal abstract class Operator : IDisposable
{
    public SqlValue[] Current { get; protected set; } = QueryContext.EmptyRow;

    public abstract ValueTask<bool> MoveNextAsync(CancellationToken ct);

    public virtual void Dispose()
    {
    }
}
