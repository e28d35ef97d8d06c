using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Execution.Operators;

/// <summary>Computes output columns. Each row is a fresh array so downstream sorts and hash tables may keep it.</summary>
internal sealed class ProjectOperator : Operator
{
    private readonly Operator _child;
    private readonly BoundExpression[] _expressions;
    private readonly EvaluationContext _eval;

    public ProjectOperator(Operator child, BoundExpression[] expressions, EvaluationContext eval)
    {
        _child = child;
        _expressions = expressions;
        _eval = eval;
    }

    public override async ValueTask<bool> MoveNextAsync(CancellationToken ct)
    {
        if (!await _child.MoveNextAsync(ct).ConfigureAwait(false))
        {
            return false;
        }
        _eval.Row = _child.Current;
        var output = new SqlValue[_expressions.Length];
        for (int i = 0; i < output.Length; i++)
        {
            output[i] = _expressions[i].Evaluate(_eval);
        }
        Current = output;
        return true;
    }

    public override void Dispose() => _child.Dispose();
}
