using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Execution.Operators;

internal sealed class FilterOperator : Operator
{
    private readonly Operator _child;
    private readonly BoundExpression _predicate;
    private readonly EvaluationContext _eval;

    public FilterOperator(Operator child, BoundExpression predicate, EvaluationContext eval)
    {
        _child = child;
        _predicate = predicate;
        _eval = eval;
    }

    public Operator Child => _child;

    public override async ValueTask<bool> MoveNextAsync(CancellationToken ct)
    {
        while (await _child.MoveNextAsync(ct).ConfigureAwait(false))
        {
            var row = _child.Current;
            _eval.Row = row;
            if (ValueConversion.Truth(_predicate.Evaluate(_eval), _eval) == 1)
            {
                Current = row;
                return true;
            }
        }
        return false;
    }

    public override void Dispose() => _child.Dispose();
}
