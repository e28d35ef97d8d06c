using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Execution.Operators;

/// <summary>Streams rows whose first <c>width</c> values were not seen before.</summary>
internal sealed class DistinctOperator : Operator
{
    private readonly Operator _child;
    private readonly HashSet<SqlValue[]> _seen;

    public DistinctOperator(Operator child, Collation[] collations)
    {
        _child = child;
        _seen = new HashSet<SqlValue[]>(new RowKeyComparer(collations));
    }

    public override async ValueTask<bool> MoveNextAsync(CancellationToken ct)
    {
        while (await _child.MoveNextAsync(ct).ConfigureAwait(false))
        {
            if (_seen.Add(_child.Current))
            {
                Current = _child.Current;
                return true;
            }
        }
        return false;
    }

    public override void Dispose() => _child.Dispose();
}
