using MiniAurora.Core.Values;
using MiniAurora.Engine.Builtins;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Execution.Operators;

/// <summary>
/// GROUP BY by hashing: output rows are [group values..., aggregate results...]. Without GROUP BY it
/// produces exactly one row even for empty input (COUNT(*) = 0), as SQL requires.
/// </summary>
internal sealed class HashAggregateOperator : Operator
{
    private readonly Operator _child;
    private readonly BoundExpression[] _groups;
    private readonly AggregateSpec[] _aggregates;
    private readonly EvaluationContext _eval;
    private readonly Collation[] _collations;
    private List<SqlValue[]>? _output;
    private int _position;

    public HashAggregateOperator(Operator child, BoundExpression[] groups, AggregateSpec[] aggregates, EvaluationContext eval)
    {
        _child = child;
        _groups = groups;
        _aggregates = aggregates;
        _eval = eval;
        _collations = groups.Select(g => g.Type.EffectiveCollation).ToArray();
    }

    public override async ValueTask<bool> MoveNextAsync(CancellationToken ct)
    {
        if (_output is null)
        {
            await BuildAsync(ct).ConfigureAwait(false);
        }
        if (_position >= _output!.Count)
        {
            return false;
        }
        Current = _output[_position++];
        return true;
    }

    private async ValueTask BuildAsync(CancellationToken ct)
    {
        var table = new Dictionary<SqlValue[], AggregateAccumulator[]>(new RowKeyComparer(_collations));
        var order = new List<SqlValue[]>();
        while (await _child.MoveNextAsync(ct).ConfigureAwait(false))
        {
            _eval.Row = _child.Current;
            var key = new SqlValue[_groups.Length];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = _groups[i].Evaluate(_eval);
            }
            if (!table.TryGetValue(key, out var accumulators))
            {
                accumulators = NewAccumulators();
                table[key] = accumulators;
                order.Add(key);
            }
            foreach (var acc in accumulators)
            {
                acc.Add(_eval);
            }
        }
        if (_groups.Length == 0 && order.Count == 0)
        {
            var key = Array.Empty<SqlValue>();
            table[key] = NewAccumulators();
            order.Add(key);
        }
        _output = new List<SqlValue[]>(order.Count);
        foreach (var key in order)
        {
            var accumulators = table[key];
            var row = new SqlValue[_groups.Length + _aggregates.Length];
            key.CopyTo(row, 0);
            for (int i = 0; i < accumulators.Length; i++)
            {
                row[_groups.Length + i] = accumulators[i].Result(_eval);
            }
            _output.Add(row);
        }
    }

    private AggregateAccumulator[] NewAccumulators()
    {
        var result = new AggregateAccumulator[_aggregates.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new AggregateAccumulator(_aggregates[i]);
        }
        return result;
    }

    public override void Dispose() => _child.Dispose();
}
