using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Execution.Operators;

/// <summary>Produces rows from a list (SELECT without FROM, information_schema tables, SHOW output, materialized inputs).</summary>
internal sealed class RowsOperator : Operator
{
    private readonly IReadOnlyList<SqlValue[]> _rows;
    private int _position;

    public RowsOperator(IReadOnlyList<SqlValue[]> rows)
    {
        _rows = rows;
    }

    public override ValueTask<bool> MoveNextAsync(CancellationToken ct)
    {
        if (_position >= _rows.Count)
        {
            return new ValueTask<bool>(false);
        }
        Current = _rows[_position++];
        return new ValueTask<bool>(true);
    }
}
