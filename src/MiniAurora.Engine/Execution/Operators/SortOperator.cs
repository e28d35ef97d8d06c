using MiniAurora.Core.Values;
using MiniAurora.Engine.Planning;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Execution.Operators;

/// <summary>Materializes its input and sorts it by key columns of the row (stable, NULLs first ascending).</summary>
internal sealed class SortOperator : Operator
{
    private readonly Operator _child;
    private readonly SortKey[] _keys;
    private readonly long _topN;
    private List<SqlValue[]>? _rows;
    private int _position;

    public SortOperator(Operator child, SortKey[] keys, long topN)
    {
        _child = child;
        _keys = keys;
        _topN = topN;
    }

    public override async ValueTask<bool> MoveNextAsync(CancellationToken ct)
    {
        if (_rows is null)
        {
            _rows = [];
            while (await _child.MoveNextAsync(ct).ConfigureAwait(false))
            {
                _rows.Add(_child.Current);
            }
            var comparison = Compare;
            var indexed = new (SqlValue[] Row, int Index)[_rows.Count];
            for (int i = 0; i < indexed.Length; i++)
            {
                indexed[i] = (_rows[i], i);
            }
            Array.Sort(indexed, (a, b) =>
            {
                int c = comparison(a.Row, b.Row);
                return c != 0 ? c : a.Index.CompareTo(b.Index);
            });
            for (int i = 0; i < indexed.Length; i++)
            {
                _rows[i] = indexed[i].Row;
            }
        }
        if (_position >= _rows.Count || _position >= _topN)
        {
            return false;
        }
        Current = _rows[_position++];
        return true;
    }

    private int Compare(SqlValue[] a, SqlValue[] b)
    {
        foreach (var key in _keys)
        {
            int c = ValueComparer.CompareForSort(a[key.Ordinal], b[key.Ordinal], key.Collation);
            if (c != 0)
            {
                return key.Descending ? -c : c;
            }
        }
        return 0;
    }

    public override void Dispose() => _child.Dispose();
}
