using MiniAurora.Core.Values;
using MiniAurora.Engine.Builtins;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Planning;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Engine.Binding;

/// <summary>
/// Binds expressions that sit above a GROUP BY: aggregate calls become references to aggregate slots,
/// GROUP BY expressions become references to group slots, and a bare non-grouped column becomes an
/// implicit ANY_VALUE (MySQL without ONLY_FULL_GROUP_BY semantics; we are lenient rather than raise 1055).
/// </summary>
internal sealed class AggregateBinding
{
    private readonly Scope _source;
    private readonly IReadOnlyList<Expression> _groupAsts;
    private readonly BoundExpression[] _groups;

    public AggregateBinding(Scope source, IReadOnlyList<Expression> groupAsts, BoundExpression[] groups)
    {
        _source = source;
        _groupAsts = groupAsts;
        _groups = groups;
    }

    public List<AggregateSpec> Aggregates { get; } = [];

    public BoundExpression[] Groups => _groups;

    public static bool IsAggregateCall(Expression e) =>
        e is GroupConcatExpression || (e is FunctionCall fc && fc.Over is null && (fc.Star || AggregateSpec.TryGetKind(fc.Name.ToUpperInvariant(), out _)));

    /// <summary>True when the expression tree contains an aggregate call (not inside a subquery).</summary>
    public static bool ContainsAggregate(Expression? e)
    {
        if (e is null)
        {
            return false;
        }
        if (IsAggregateCall(e))
        {
            return true;
        }
        return e switch
        {
            BinaryExpression b => ContainsAggregate(b.Left) || ContainsAggregate(b.Right),
            UnaryExpression u => ContainsAggregate(u.Operand),
            FunctionCall f => f.Arguments.Any(ContainsAggregate) || (f.Over is not null && (f.Over.PartitionBy.Any(ContainsAggregate) || f.Over.OrderBy.Any(o => ContainsAggregate(o.Expression)))),
            CaseExpression c => ContainsAggregate(c.Operand) || c.Whens.Any(w => ContainsAggregate(w.Condition) || ContainsAggregate(w.Result)) || ContainsAggregate(c.Else),
            CastExpression c => ContainsAggregate(c.Operand),
            IsExpression i => ContainsAggregate(i.Operand),
            BetweenExpression b => ContainsAggregate(b.Operand) || ContainsAggregate(b.Low) || ContainsAggregate(b.High),
            InListExpression i => ContainsAggregate(i.Operand) || i.Values.Any(ContainsAggregate),
            LikeExpression l => ContainsAggregate(l.Operand) || ContainsAggregate(l.Pattern),
            CollateExpression c => ContainsAggregate(c.Operand),
            TrimExpression t => ContainsAggregate(t.Source),
            _ => false,
        };
    }

    public BoundExpression? TryMap(Expression ast, Binder binder, Scope? scope, string clause)
    {
        for (int i = 0; i < _groupAsts.Count; i++)
        {
            if (_groupAsts[i] == ast)
            {
                return new BoundColumnRef(i, _groups[i].Type, _groups[i].Nullable, (_groups[i] as BoundColumnRef)?.Origin);
            }
        }
        switch (ast)
        {
            case GroupConcatExpression gc:
                {
                    var args = gc.Arguments.Select(a => binder.Bind(a, _source, clause)).ToArray();
                    var order = gc.OrderBy.Select(o => binder.Bind(o.Expression, _source, clause)).ToArray();
                    var keys = gc.OrderBy.Select((o, i) => new SortKey(i, o.Descending, order[i].Type.EffectiveCollation)).ToArray();
                    var spec = new AggregateSpec(AggregateKind.GroupConcat, args, gc.Distinct, AggregateSpec.ResultType(AggregateKind.GroupConcat, ColumnType.LongText))
                    {
                        Separator = gc.Separator ?? ",",
                        OrderBy = order,
                        OrderKeys = keys,
                    };
                    return Add(spec);
                }
            case FunctionCall fc when IsAggregateCall(fc):
                {
                    if (fc.Star)
                    {
                        return Add(new AggregateSpec(AggregateKind.CountStar, [], false, AggregateSpec.ResultType(AggregateKind.CountStar, ColumnType.BigInt)));
                    }
                    AggregateSpec.TryGetKind(fc.Name.ToUpperInvariant(), out var kind);
                    if (fc.Arguments.Count == 0)
                    {
                        throw Core.Errors.MySqlErrors.ParseError("You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use", ")", 1);
                    }
                    var args = fc.Arguments.Select(a => binder.Bind(a, _source, clause)).ToArray();
                    if (args.Any(a => a.AnyNode(n => n is BoundSubquery)) && false)
                    {
                        return null;
                    }
                    return Add(new AggregateSpec(kind, args, fc.Distinct, AggregateSpec.ResultType(kind, args[0].Type)));
                }
            case ColumnRef col:
                {
                    var resolved = _source.TryResolve(col.Schema, col.Table, col.Column, clause);
                    if (resolved is null)
                    {
                        return null;
                    }
                    for (int i = 0; i < _groups.Length; i++)
                    {
                        if (_groups[i] is BoundColumnRef g && g.Ordinal == resolved.Ordinal)
                        {
                            return new BoundColumnRef(i, g.Type, g.Nullable, g.Origin);
                        }
                    }
                    var anyValue = Add(new AggregateSpec(AggregateKind.AnyValue, [resolved], false, resolved.Type));
                    return new BoundColumnRef(((BoundColumnRef)anyValue).Ordinal, resolved.Type, resolved.Nullable, resolved.Origin);
                }
            default:
                return null;
        }
    }

    private BoundExpression Add(AggregateSpec spec)
    {
        Aggregates.Add(spec);
        bool nullable = spec.Kind is not (AggregateKind.Count or AggregateKind.CountStar);
        return new BoundColumnRef(_groups.Length + Aggregates.Count - 1, spec.Type, nullable, null);
    }
}
