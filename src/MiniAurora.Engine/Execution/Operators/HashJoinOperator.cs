using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Planning;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Execution.Operators;

/// <summary>
/// Equi-join without a usable index: the inner input is read once into a hash table keyed on its join
/// columns; each outer row probes it. NULL keys never match. The full join condition is re-checked on
/// every candidate, so the hash only has to group equal keys together.
/// </summary>
internal sealed class HashJoinOperator : Operator
{
    private readonly QueryContext _ctx;
    private readonly Operator _outer;
    private readonly HashJoinNode _node;
    private Dictionary<SqlValue[], List<SqlValue[]>>? _table;
    private List<SqlValue[]>? _candidates;
    private int _candidatePos;
    private bool _matched;
    private bool _haveOuter;
    private readonly SqlValue[] _probe;

    public HashJoinOperator(QueryContext ctx, Operator outer, HashJoinNode node)
    {
        _ctx = ctx;
        _outer = outer;
        _node = node;
        _probe = new SqlValue[node.OuterKeys.Length];
    }

    public override async ValueTask<bool> MoveNextAsync(CancellationToken ct)
    {
        var eval = _ctx.Eval;
        if (_table is null)
        {
            _table = new Dictionary<SqlValue[], List<SqlValue[]>>(new RowKeyComparer(_node.Collations));
            using var inner = _node.Inner.Open(_ctx);
            while (await inner.MoveNextAsync(ct).ConfigureAwait(false))
            {
                var row = inner.Current;
                var key = new SqlValue[_node.InnerKeys.Length];
                bool hasNull = false;
                for (int i = 0; i < key.Length; i++)
                {
                    key[i] = row[_node.InnerKeys[i]];
                    hasNull |= key[i].IsNull;
                }
                if (hasNull)
                {
                    continue;
                }
                if (!_table.TryGetValue(key, out var list))
                {
                    _table[key] = list = [];
                }
                list.Add(row);
            }
        }
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
                _candidatePos = 0;
                eval.Row = _outer.Current;
                bool hasNull = false;
                for (int i = 0; i < _probe.Length; i++)
                {
                    _probe[i] = _node.OuterKeys[i].Evaluate(eval);
                    hasNull |= _probe[i].IsNull;
                }
                _candidates = hasNull ? null : _table.GetValueOrDefault(_probe);
            }
            if (_candidates is null || _candidatePos >= _candidates.Count)
            {
                _haveOuter = false;
                if (_node.LeftOuter && !_matched)
                {
                    Current = Combine(_outer.Current, null);
                    return true;
                }
                continue;
            }
            var combined = Combine(_outer.Current, _candidates[_candidatePos++]);
            if (_node.Condition is not null)
            {
                eval.Row = combined;
                if (ValueConversion.Truth(_node.Condition.Evaluate(eval), eval) != 1)
                {
                    continue;
                }
            }
            _matched = true;
            Current = combined;
            return true;
        }
    }

    private SqlValue[] Combine(SqlValue[] outer, SqlValue[]? inner)
    {
        int outerWidth = _node.Outer.Width;
        var row = new SqlValue[outerWidth + _node.Inner.Width];
        Array.Copy(outer, row, Math.Min(outer.Length, outerWidth));
        if (inner is not null)
        {
            Array.Copy(inner, 0, row, outerWidth, Math.Min(inner.Length, _node.Inner.Width));
        }
        return row;
    }

    public override void Dispose() => _outer.Dispose();
}
