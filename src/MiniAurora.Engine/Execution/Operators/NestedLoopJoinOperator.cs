using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Planning;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Execution.Operators;

/// <summary>
/// Joins each outer row with the rows of the inner plan. A correlated inner plan (an index lookup keyed on
/// outer columns) is re-opened per outer row with the outer row in the evaluation slot; an uncorrelated
/// inner plan is materialized once. LEFT joins emit the outer row with NULLs when nothing matched.
/// </summary>
internal sealed class NestedLoopJoinOperator : Operator
{
    private readonly QueryContext _ctx;
    private readonly Operator _outer;
    private readonly PlanNode _inner;
    private readonly bool _correlated;
    private readonly BoundExpression? _condition;
    private readonly bool _leftOuter;
    private readonly int _outerWidth;
    private readonly int _innerWidth;
    private List<SqlValue[]>? _materialized;
    private Operator? _innerOp;
    private int _materializedPos;
    private bool _matched;
    private bool _haveOuter;

    public NestedLoopJoinOperator(QueryContext ctx, Operator outer, PlanNode inner, bool correlated, BoundExpression? condition, bool leftOuter, int outerWidth)
    {
        _ctx = ctx;
        _outer = outer;
        _inner = inner;
        _correlated = correlated;
        _condition = condition;
        _leftOuter = leftOuter;
        _outerWidth = outerWidth;
        _innerWidth = inner.Width;
    }

    public override async ValueTask<bool> MoveNextAsync(CancellationToken ct)
    {
        var eval = _ctx.Eval;
        while (true)
        {
            if (!_haveOuter)
            {
                if (!await _outer.MoveNextAsync(ct).ConfigureAwait(false))
                {
                    return false;
                }
                _haveOuter = true;
                _matched = false;
                if (_correlated)
                {
                    _innerOp?.Dispose();
                    eval.Row = PadOuter(_outer.Current);
                    _innerOp = _inner.Open(_ctx);
                }
                else
                {
                    if (_materialized is null)
                    {
                        _materialized = [];
                        using var op = _inner.Open(_ctx);
                        while (await op.MoveNextAsync(ct).ConfigureAwait(false))
                        {
                            _materialized.Add(op.Current);
                        }
                    }
                    _materializedPos = 0;
                }
            }
            SqlValue[]? innerRow = null;
            if (_correlated)
            {
                if (await _innerOp!.MoveNextAsync(ct).ConfigureAwait(false))
                {
                    innerRow = _innerOp.Current;
                }
            }
            else if (_materializedPos < _materialized!.Count)
            {
                innerRow = _materialized[_materializedPos++];
            }
            if (innerRow is null)
            {
                _haveOuter = false;
                if (_leftOuter && !_matched)
                {
                    Current = Combine(_outer.Current, null);
                    return true;
                }
                continue;
            }
            var combined = Combine(_outer.Current, innerRow);
            if (_condition is not null)
            {
                eval.Row = combined;
                if (ValueConversion.Truth(_condition.Evaluate(eval), eval) != 1)
                {
                    continue;
                }
            }
            _matched = true;
            Current = combined;
            return true;
        }
    }

    private SqlValue[] PadOuter(SqlValue[] outer)
    {
        if (outer.Length >= _outerWidth + _innerWidth)
        {
            return outer;
        }
        var padded = new SqlValue[_outerWidth + _innerWidth];
        Array.Copy(outer, padded, Math.Min(outer.Length, _outerWidth));
        return padded;
    }

    private SqlValue[] Combine(SqlValue[] outer, SqlValue[]? inner)
    {
        var row = new SqlValue[_outerWidth + _innerWidth];
        Array.Copy(outer, row, Math.Min(outer.Length, _outerWidth));
        if (inner is not null)
        {
            Array.Copy(inner, 0, row, _outerWidth, Math.Min(inner.Length, _innerWidth));
        }
        return row;
    }

    public override void Dispose()
    {
        _outer.Dispose();
        _innerOp?.Dispose();
    }
}
