using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Execution.Operators;

/// <summary>LIMIT [offset,] count; the values are evaluated at open (they may be '?' parameters).</summary>
internal sealed class LimitOperator : Operator
{
    private readonly Operator _child;
    private readonly BoundExpression _count;
    private readonly BoundExpression? _offset;
    private readonly EvaluationContext _eval;
    private long _remaining = -1;
    private long _skip;

    public LimitOperator(Operator child, BoundExpression count, BoundExpression? offset, EvaluationContext eval)
    {
        _child = child;
        _count = count;
        _offset = offset;
        _eval = eval;
    }

    public override async ValueTask<bool> MoveNextAsync(CancellationToken ct)
    {
        if (_remaining < 0)
        {
            _remaining = Math.Max(0, ValueConversion.ToInt64(_count.Evaluate(_eval), _eval));
            _skip = _offset is null ? 0 : Math.Max(0, ValueConversion.ToInt64(_offset.Evaluate(_eval), _eval));
        }
        if (_remaining == 0)
        {
            return false;
        }
        while (_skip > 0)
        {
            if (!await _child.MoveNextAsync(ct).ConfigureAwait(false))
            {
                return false;
            }
            _skip--;
        }
        if (!await _child.MoveNextAsync(ct).ConfigureAwait(false))
        {
            return false;
        }
        _remaining--;
        Current = _child.Current;
        return true;
    }

    public override void Dispose() => _child.Dispose();
}
