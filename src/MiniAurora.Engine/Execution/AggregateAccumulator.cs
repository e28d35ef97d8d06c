using System.Text;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Builtins;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Execution;

/// <summary>The running state of one aggregate for one group.</summary>
internal sealed class AggregateAccumulator
{
    private readonly AggregateSpec _spec;
    private long _count;
    private decimal _decimalSum;
    private double _doubleSum;
    private double _sumSquares;
    private bool _useDouble;
    private SqlValue _value;
    private ulong _bits;
    private HashSet<SqlValue[]>? _distinct;
    private List<SqlValue[]>? _concat;

    public AggregateAccumulator(AggregateSpec spec)
    {
        _spec = spec;
        _bits = spec.Kind == AggregateKind.BitAnd ? ulong.MaxValue : 0;
        _useDouble = spec.Type.Kind == SqlTypeKind.Double;
        if (spec.Distinct)
        {
            _distinct = new HashSet<SqlValue[]>(new RowKeyComparer(spec.Arguments.Select(a => a.Type.EffectiveCollation).ToArray()));
        }
    }

    public void Add(EvaluationContext ctx)
    {
        if (_spec.Kind == AggregateKind.CountStar)
        {
            _count++;
            return;
        }
        var args = _spec.Arguments;
        SqlValue v = args[0].Evaluate(ctx);
        if (v.IsNull)
        {
            return;
        }
        if (_distinct is not null || _spec.Kind == AggregateKind.GroupConcat)
        {
            var tuple = new SqlValue[args.Length + _spec.OrderBy.Length];
            tuple[0] = v;
            for (int i = 1; i < args.Length; i++)
            {
                tuple[i] = args[i].Evaluate(ctx);
                if (tuple[i].IsNull)
                {
                    return;
                }
            }
            for (int i = 0; i < _spec.OrderBy.Length; i++)
            {
                tuple[args.Length + i] = _spec.OrderBy[i].Evaluate(ctx);
            }
            if (_distinct is not null && !_distinct.Add(tuple))
            {
                return;
            }
            if (_spec.Kind == AggregateKind.GroupConcat)
            {
                (_concat ??= []).Add(tuple);
                return;
            }
        }
        _count++;
        switch (_spec.Kind)
        {
            case AggregateKind.Sum:
            case AggregateKind.Avg:
                if (_useDouble || v.Kind is SqlValueKind.Double or SqlValueKind.String)
                {
                    double d = ValueConversion.ToDouble(v, ctx);
                    _doubleSum += d;
                }
                else
                {
                    _decimalSum += ValueConversion.ToDecimal(v, ctx);
                }
                break;
            case AggregateKind.Min:
                if (_count == 1 || ValueComparer.Compare(v, _value, args[0].Type.EffectiveCollation, ctx) < 0)
                {
                    _value = v;
                }
                break;
            case AggregateKind.Max:
                if (_count == 1 || ValueComparer.Compare(v, _value, args[0].Type.EffectiveCollation, ctx) > 0)
                {
                    _value = v;
                }
                break;
            case AggregateKind.AnyValue:
                if (_count == 1)
                {
                    _value = v;
                }
                break;
            case AggregateKind.BitAnd:
                _bits &= ValueConversion.ToUInt64(v, ctx);
                break;
            case AggregateKind.BitOr:
                _bits |= ValueConversion.ToUInt64(v, ctx);
                break;
            case AggregateKind.BitXor:
                _bits ^= ValueConversion.ToUInt64(v, ctx);
                break;
            case AggregateKind.StdDevPop:
            case AggregateKind.StdDevSamp:
            case AggregateKind.VarPop:
            case AggregateKind.VarSamp:
                {
                    double d = ValueConversion.ToDouble(v, ctx);
                    _doubleSum += d;
                    _sumSquares += d * d;
                    break;
                }
        }
    }

    public SqlValue Result(EvaluationContext ctx)
    {
        switch (_spec.Kind)
        {
            case AggregateKind.CountStar:
            case AggregateKind.Count:
                return SqlValue.FromInt(_count);
            case AggregateKind.Sum:
                if (_count == 0)
                {
                    return SqlValue.Null;
                }
                return _useDouble ? SqlValue.FromDouble(_doubleSum + (double)_decimalSum) : SqlValue.FromDecimal(Arithmetic.WithScale(_decimalSum + (decimal)_doubleSum, _spec.Type.Scale));
            case AggregateKind.Avg:
                if (_count == 0)
                {
                    return SqlValue.Null;
                }
                if (_useDouble)
                {
                    return SqlValue.FromDouble((_doubleSum + (double)_decimalSum) / _count);
                }
                return SqlValue.FromDecimal(Arithmetic.WithScale(decimal.Round((_decimalSum + (decimal)_doubleSum) / _count, _spec.Type.Scale, MidpointRounding.AwayFromZero), _spec.Type.Scale));
            case AggregateKind.Min:
            case AggregateKind.Max:
            case AggregateKind.AnyValue:
                return _count == 0 ? SqlValue.Null : _value;
            case AggregateKind.BitAnd:
            case AggregateKind.BitOr:
            case AggregateKind.BitXor:
                return SqlValue.FromUInt(_bits);
            case AggregateKind.GroupConcat:
                return GroupConcat(ctx);
            default:
                {
                    if (_count == 0)
                    {
                        return SqlValue.Null;
                    }
                    bool sample = _spec.Kind is AggregateKind.StdDevSamp or AggregateKind.VarSamp;
                    if (sample && _count < 2)
                    {
                        return SqlValue.Null;
                    }
                    double mean = _doubleSum / _count;
                    double variance = Math.Max(0, (_sumSquares / _count) - (mean * mean)) * _count / (sample ? _count - 1 : _count);
                    return SqlValue.FromDouble(_spec.Kind is AggregateKind.StdDevPop or AggregateKind.StdDevSamp ? Math.Sqrt(variance) : variance);
                }
        }
    }

    private SqlValue GroupConcat(EvaluationContext ctx)
    {
        if (_concat is null)
        {
            return SqlValue.Null;
        }
        int argCount = _spec.Arguments.Length;
        if (_spec.OrderKeys.Length > 0)
        {
            var keys = _spec.OrderKeys;
            _concat.Sort((a, b) =>
            {
                foreach (var k in keys)
                {
                    int c = ValueComparer.CompareForSort(a[argCount + k.Ordinal], b[argCount + k.Ordinal], k.Collation);
                    if (c != 0)
                    {
                        return k.Descending ? -c : c;
                    }
                }
                return 0;
            });
        }
        long max = ctx.Session.GetSystemVariable("group_concat_max_len", false) is { IsNull: false } m ? ValueConversion.ToInt64(m, null) : 1024;
        var sb = new StringBuilder();
        for (int r = 0; r < _concat.Count; r++)
        {
            if (r > 0)
            {
                sb.Append(_spec.Separator);
            }
            for (int i = 0; i < argCount; i++)
            {
                sb.Append(ValueConversion.ToText(_concat[r][i]));
            }
            if (sb.Length > max)
            {
                sb.Length = (int)max;
                ctx.Warn(Core.Errors.ErrorCode.ER_CUT_VALUE_GROUP_CONCAT, r + 1);
                break;
            }
        }
        return SqlValue.FromString(sb.ToString());
    }
}
