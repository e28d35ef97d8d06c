using MiniAurora.Core.Values;
using MiniAurora.Engine.Builtins;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Execution.Operators;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Planning;

/// <summary>
/// Window functions: materializes its input, and appends one column per window function computed over
/// each row's partition in window order (aggregates use MySQL's default frame: the whole partition without
/// ORDER BY, RANGE UNBOUNDED PRECEDING to the current row's peers with it).
/// </summary>
internal sealed class WindowNode : PlanNode
{
    public WindowNode(PlanNode child, WindowFunctionSpec[] functions)
    {
        Child = child;
        Functions = functions;
    }

    public PlanNode Child { get; }

    public WindowFunctionSpec[] Functions { get; }

    public override int Width => Child.Width + Functions.Length;

    public override IReadOnlyList<PlanNode> Children => [Child];

    public override Operator Open(QueryContext ctx) => new RowsOperatorAsync(this, ctx);

    private sealed class RowsOperatorAsync(WindowNode node, QueryContext ctx) : Operator
    {
        private List<SqlValue[]>? _rows;
        private int _position;

        public override async ValueTask<bool> MoveNextAsync(CancellationToken ct)
        {
            if (_rows is null)
            {
                var input = new List<SqlValue[]>();
                using (var child = node.Child.Open(ctx))
                {
                    while (await child.MoveNextAsync(ct).ConfigureAwait(false))
                    {
                        var row = new SqlValue[node.Width];
                        Array.Copy(child.Current, row, Math.Min(child.Current.Length, node.Child.Width));
                        input.Add(row);
                    }
                }
                for (int f = 0; f < node.Functions.Length; f++)
                {
                    Compute(node.Functions[f], node.Child.Width + f, input, ctx.Eval);
                }
                _rows = input;
            }
            if (_position >= _rows.Count)
            {
                return false;
            }
            Current = _rows[_position++];
            return true;
        }
    }

    private static void Compute(WindowFunctionSpec spec, int target, List<SqlValue[]> rows, EvaluationContext eval)
    {
        var partitions = new Dictionary<SqlValue[], List<(SqlValue[] Row, SqlValue[] Keys)>>(new RowKeyComparer(spec.PartitionCollations));
        foreach (var row in rows)
        {
            eval.Row = row;
            var key = spec.PartitionBy.Select(p => p.Evaluate(eval)).ToArray();
            var order = spec.OrderBy.Select(o => o.Evaluate(eval)).ToArray();
            if (!partitions.TryGetValue(key, out var list))
            {
                partitions[key] = list = [];
            }
            list.Add((row, order));
        }
        var collations = spec.OrderBy.Select(o => o.Type.EffectiveCollation).ToArray();
        int CompareKeys(SqlValue[] a, SqlValue[] b)
        {
            for (int i = 0; i < a.Length; i++)
            {
                int c = ValueComparer.CompareForSort(a[i], b[i], collations[i]);
                if (c != 0)
                {
                    return spec.Descending[i] ? -c : c;
                }
            }
            return 0;
        }
        foreach (var list in partitions.Values)
        {
            var ordered = list.Select((e, i) => (e.Row, e.Keys, Index: i)).ToList();
            ordered.Sort((x, y) =>
            {
                int c = CompareKeys(x.Keys, y.Keys);
                return c != 0 ? c : x.Index.CompareTo(y.Index);
            });
            long rank = 0;
            long dense = 0;
            for (int i = 0; i < ordered.Count; i++)
            {
                var row = ordered[i].Row;
                bool newPeer = i == 0 || CompareKeys(ordered[i - 1].Keys, ordered[i].Keys) != 0;
                if (newPeer)
                {
                    rank = i + 1;
                    dense++;
                }
                eval.Row = row;
                switch (spec.Kind)
                {
                    case WindowFunctionKind.RowNumber:
                        row[target] = SqlValue.FromInt(i + 1);
                        break;
                    case WindowFunctionKind.Rank:
                        row[target] = SqlValue.FromInt(rank);
                        break;
                    case WindowFunctionKind.DenseRank:
                        row[target] = SqlValue.FromInt(dense);
                        break;
                    case WindowFunctionKind.Lag:
                    case WindowFunctionKind.Lead:
                        {
                            long offset = spec.Arguments.Length > 1 ? ValueConversion.ToInt64(spec.Arguments[1].Evaluate(eval), eval) : 1;
                            long j = spec.Kind == WindowFunctionKind.Lag ? i - offset : i + offset;
                            if (j >= 0 && j < ordered.Count)
                            {
                                eval.Row = ordered[(int)j].Row;
                                row[target] = spec.Arguments[0].Evaluate(eval);
                            }
                            else
                            {
                                row[target] = spec.Arguments.Length > 2 ? spec.Arguments[2].Evaluate(eval) : SqlValue.Null;
                            }
                            break;
                        }
                    case WindowFunctionKind.FirstValue:
                        eval.Row = ordered[0].Row;
                        row[target] = spec.Arguments[0].Evaluate(eval);
                        break;
                    default:
                        {
                            int last = i;
                            if (spec.OrderBy.Length == 0)
                            {
                                last = ordered.Count - 1;
                            }
                            else
                            {
                                while (last + 1 < ordered.Count && CompareKeys(ordered[last + 1].Keys, ordered[i].Keys) == 0)
                                {
                                    last++;
                                }
                            }
                            if (spec.Kind == WindowFunctionKind.LastValue)
                            {
                                eval.Row = ordered[last].Row;
                                row[target] = spec.Arguments[0].Evaluate(eval);
                                break;
                            }
                            var acc = new AggregateAccumulator(spec.Aggregate!);
                            for (int k = 0; k <= last; k++)
                            {
                                eval.Row = ordered[k].Row;
                                acc.Add(eval);
                            }
                            row[target] = acc.Result(eval);
                            break;
                        }
                }
            }
        }
    }
}
