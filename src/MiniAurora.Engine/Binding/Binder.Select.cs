using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Planning;
using MiniAurora.Engine.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Engine.Binding;

internal sealed partial class Binder
{
    /// <summary>Binds and plans a query expression (SELECT block or set operation) with ORDER BY / LIMIT.</summary>
    public SelectPlan BindQuery(QueryExpression query, Scope? outer)
    {
        switch (query)
        {
            case SelectQuery select:
                return BindSelect(select, outer);
            case SetOperationQuery set:
                return BindSetOperation(set, outer);
            default:
                throw MySqlErrors.NotSupportedYet(query.GetType().Name);
        }
    }

    private SelectPlan BindSetOperation(SetOperationQuery set, Scope? outer)
    {
        if (set.Operator != SetOperator.Union)
        {
            throw MySqlErrors.NotSupportedYet(set.Operator.ToString().ToUpperInvariant());
        }
        var left = BindQuery(set.Left, outer);
        var right = BindQuery(set.Right, outer);
        if (left.VisibleWidth != right.VisibleWidth)
        {
            throw MySqlErrors.WrongNumberOfColumnsInSelect();
        }
        var columns = new List<ResultColumn>();
        var nullable = new List<bool>();
        for (int i = 0; i < left.VisibleWidth; i++)
        {
            var type = TypeRules.Unify([left.Columns[i].Type, right.Columns[i].Type]);
            if (type.Kind == SqlTypeKind.Null)
            {
                type = left.Columns[i].Type;
            }
            bool n = left.Nullable[i] || right.Nullable[i];
            columns.Add(new ResultColumn(left.Columns[i].Name, type, n ? ColumnFlags.None : ColumnFlags.NotNull));
            nullable.Add(n);
        }
        PlanNode plan = new UnionNode(Trim(left), Trim(right), columns.Select(c => c.Type).ToArray());
        if (!set.All)
        {
            plan = new DistinctNode(plan, columns.Select(c => c.Type.EffectiveCollation).ToArray());
        }
        var resultScope = new Scope(outer);
        resultScope.Add("", "", null, columns.Select((c, i) => new SourceColumn(c.Name, c.Type, nullable[i], null)).ToList());
        if (set.OrderBy.Count > 0)
        {
            var keys = new List<SortKey>();
            foreach (var item in set.OrderBy)
            {
                int ordinal = OrderOrdinal(item.Expression, columns, resultScope);
                keys.Add(new SortKey(ordinal, item.Descending, columns[ordinal].Type.EffectiveCollation));
            }
            plan = new SortNode(plan, keys.ToArray());
        }
        if (set.Limit is not null)
        {
            plan = new LimitNode(plan, Bind(set.Limit.Count, null, "LIMIT"), set.Limit.Offset is null ? null : Bind(set.Limit.Offset, null, "LIMIT"));
        }
        return new SelectPlan(plan, columns, columns.Count, nullable);
    }

    private int OrderOrdinal(Expression e, IReadOnlyList<ResultColumn> columns, Scope scope)
    {
        if (e is Literal { Kind: LiteralKind.Integer } lit)
        {
            long pos = ValueConversion.ToInt64(lit.Value, null);
            if (pos < 1 || pos > columns.Count)
            {
                throw MySqlErrors.BadFieldError(pos.ToString(System.Globalization.CultureInfo.InvariantCulture), "order clause");
            }
            return (int)pos - 1;
        }
        var bound = Bind(e, scope, "order clause");
        if (bound is BoundColumnRef c)
        {
            return c.Ordinal;
        }
        throw MySqlErrors.NotSupportedYet("ORDER BY expressions on UNION results");
    }

    private SelectPlan BindSelect(SelectQuery q, Scope? outer)
    {
        var scope = new Scope(outer);
        var steps = new List<JoinStep>();
        BindFrom(q.From, scope, steps);
        foreach (var step in steps)
        {
            if (step.On is not null)
            {
                step.BoundOn = Bind(step.On, scope, "on clause");
            }
        }
        var where = q.Where is null ? null : Bind(q.Where, scope, "where clause");
        if (where is not null && where.AnyNode(n => n is BoundFunctionCall) && AggregateBinding.ContainsAggregate(q.Where))
        {
            throw MySqlErrors.InvalidGroupFuncUse();
        }
        var lockMode = q.Locking is null ? Storage.RowLockMode.None : q.Locking.Mode == LockMode.Update ? Storage.RowLockMode.Exclusive : Storage.RowLockMode.Shared;
        PlanNode plan = steps.Count == 0 ? RowsNode.SingleRow : AccessPathChooser.PlanJoin(steps, where, scope);
        if (where is not null && steps.Count == 0)
        {
            plan = new FilterNode(plan, where);
        }
        if (lockMode != Storage.RowLockMode.None)
        {
            plan = new LockingNode(plan, lockMode);
        }

        // Expand the select list.
        var items = new List<(Expression Ast, string Name, string? Alias)>();
        foreach (var item in q.Items)
        {
            switch (item)
            {
                case AllColumnsItem all:
                    {
                        bool any = false;
                        foreach (var s in scope.Sources)
                        {
                            if (all.Table is not null && !string.Equals(s.Alias, all.Table, StringComparison.Ordinal))
                            {
                                continue;
                            }
                            foreach (var c in s.Columns)
                            {
                                if (c.Hidden || (all.Table is null && s.CoalescedColumns.Contains(c.Name)))
                                {
                                    continue;
                                }
                                items.Add((new ColumnRef(null, s.Alias, c.Name), c.Name, null));
                                any = true;
                            }
                        }
                        if (!any && all.Table is not null)
                        {
                            throw MySqlErrors.BadTableError(all.Table);
                        }
                        if (scope.Sources.Count == 0)
                        {
                            throw MySqlErrors.NoTablesUsed();
                        }
                        break;
                    }
                case ExpressionItem ei:
                    items.Add((ei.Expression, ei.Alias ?? (ei.Expression is ColumnRef named ? named.Column : ei.Text ?? ItemName(ei.Expression)), ei.Alias));
                    break;
            }
        }

        bool aggregate = q.GroupBy.Count > 0 || items.Any(i => AggregateBinding.ContainsAggregate(i.Ast)) || AggregateBinding.ContainsAggregate(q.Having)
            || q.OrderBy.Any(o => AggregateBinding.ContainsAggregate(o.Expression));
        AggregateBinding? agg = null;
        Scope? exprScope = scope;
        if (aggregate)
        {
            var groupAsts = new List<Expression>();
            foreach (var g in q.GroupBy)
            {
                groupAsts.Add(ResolveAliasOrPosition(g, items, scope, "group statement"));
            }
            var groups = groupAsts.Select(g => Bind(g, scope, "group statement")).ToArray();
            agg = new AggregateBinding(scope, groupAsts, groups);
        }

        var exprs = new List<BoundExpression>();
        var columns = new List<ResultColumn>();
        var nullable = new List<bool>();
        var savedWindows = Windows;
        var savedBase = WindowBaseWidth;
        Windows = [];
        WindowBaseWidth = WindowPlaceholder;
        foreach (var (ast, name, alias) in items)
        {
            var bound = Bind(ast, exprScope, "field list", agg);
            exprs.Add(bound);
            columns.Add(MakeResultColumn(name, alias, bound));
            nullable.Add(bound.Nullable);
        }
        BoundExpression? having = null;
        if (q.Having is not null)
        {
            var havingAst = q.Having;
            having = BindWithAliases(havingAst, items, exprs, exprScope, "having clause", agg);
        }

        // ORDER BY keys: positions and select aliases refer to select items; other expressions become hidden columns.
        var sortKeys = new List<SortKey>();
        foreach (var o in q.OrderBy)
        {
            int ordinal = -1;
            if (o.Expression is Literal { Kind: LiteralKind.Integer } lit)
            {
                long pos = ValueConversion.ToInt64(lit.Value, null);
                if (pos < 1 || pos > items.Count)
                {
                    throw MySqlErrors.BadFieldError(pos.ToString(System.Globalization.CultureInfo.InvariantCulture), "order clause");
                }
                ordinal = (int)pos - 1;
            }
            else if (o.Expression is ColumnRef { Table: null } cr && FindAlias(items, cr.Column) is int ai && ai >= 0)
            {
                ordinal = ai;
            }
            else
            {
                for (int i = 0; i < items.Count; i++)
                {
                    if (items[i].Ast == o.Expression)
                    {
                        ordinal = i;
                        break;
                    }
                }
                if (ordinal < 0)
                {
                    var bound = Bind(o.Expression, exprScope, "order clause", agg);
                    exprs.Add(bound);
                    ordinal = exprs.Count - 1;
                }
            }
            sortKeys.Add(new SortKey(ordinal, o.Descending, exprs[ordinal].Type.EffectiveCollation));
        }

        var windows = Windows;
        Windows = savedWindows;
        WindowBaseWidth = savedBase;
        bool sortedByIndex = false;
        if (agg is null && windows.Count == 0 && !q.Distinct && sortKeys.Count > 0 && steps.Count == 1 && steps[0].FixedPlan is null)
        {
            var rewritten = OrderByIndexRule.TryApply(plan, sortKeys, exprs);
            if (rewritten is not null)
            {
                plan = rewritten;
                sortedByIndex = true;
            }
        }
        if (agg is not null)
        {
            plan = new AggregateNode(plan, agg.Groups, agg.Aggregates.ToArray());
            if (having is not null)
            {
                plan = new FilterNode(plan, having);
            }
        }
        else if (having is not null)
        {
            plan = new FilterNode(plan, having);
        }
        if (windows.Count > 0)
        {
            // Window results are appended after the (possibly aggregated) input row, whose width is only known now.
            int windowBase = agg is null ? scope.Width : agg.Groups.Length + agg.Aggregates.Count;
            BoundExpression? Rebase(BoundExpression e) => e is BoundColumnRef { Ordinal: >= WindowPlaceholder } w
                ? new BoundColumnRef(windowBase + w.Ordinal - WindowPlaceholder, w.Type, true, null) : null;
            for (int i = 0; i < exprs.Count; i++)
            {
                exprs[i] = exprs[i].Rewrite(Rebase);
            }
            if (having is not null && having.AnyNode(n => n is BoundColumnRef { Ordinal: >= WindowPlaceholder }))
            {
                throw MySqlErrors.WindowInvalidWindowFuncUse("HAVING");
            }
            plan = new WindowNode(plan, windows.ToArray());
        }
        int visible = items.Count;
        plan = new ProjectNode(plan, exprs.ToArray());
        if (q.Distinct)
        {
            plan = new DistinctNode(plan, exprs.Take(visible).Select(e => e.Type.EffectiveCollation).ToArray());
        }
        if (sortKeys.Count > 0 && !sortedByIndex)
        {
            plan = new SortNode(plan, sortKeys.ToArray());
        }
        if (q.Limit is not null)
        {
            plan = new LimitNode(plan, Bind(q.Limit.Count, null, "LIMIT"), q.Limit.Offset is null ? null : Bind(q.Limit.Offset, null, "LIMIT"));
        }
        return new SelectPlan(plan, columns, visible, nullable);
    }

    private const int WindowPlaceholder = 1 << 20;

    private static int? FindAlias(List<(Expression Ast, string Name, string? Alias)> items, string name)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Alias is not null && string.Equals(items[i].Alias, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return null;
    }

    private Expression ResolveAliasOrPosition(Expression g, List<(Expression Ast, string Name, string? Alias)> items, Scope scope, string clause)
    {
        if (g is Literal { Kind: LiteralKind.Integer } lit)
        {
            long pos = ValueConversion.ToInt64(lit.Value, null);
            if (pos < 1 || pos > items.Count)
            {
                throw MySqlErrors.BadFieldError(pos.ToString(System.Globalization.CultureInfo.InvariantCulture), clause);
            }
            return items[(int)pos - 1].Ast;
        }
        if (g is ColumnRef { Table: null } cr && scope.TryResolve(null, null, cr.Column, clause) is null && FindAlias(items, cr.Column) is int i)
        {
            return items[i].Ast;
        }
        return g;
    }

    private BoundExpression BindWithAliases(Expression ast, List<(Expression Ast, string Name, string? Alias)> items, List<BoundExpression> exprs, Scope? scope, string clause, AggregateBinding? agg)
    {
        if (ast is ColumnRef { Table: null } cr && FindAlias(items, cr.Column) is int i)
        {
            return exprs[i];
        }
        var rewritten = ReplaceAliases(ast, items);
        return Bind(rewritten, scope, clause, agg);
    }

    private static Expression ReplaceAliases(Expression ast, List<(Expression Ast, string Name, string? Alias)> items) => ast switch
    {
        ColumnRef { Table: null } cr when FindAlias(items, cr.Column) is int i => items[i].Ast,
        BinaryExpression b => b with { Left = ReplaceAliases(b.Left, items), Right = ReplaceAliases(b.Right, items) },
        UnaryExpression u => u with { Operand = ReplaceAliases(u.Operand, items) },
        IsExpression x => x with { Operand = ReplaceAliases(x.Operand, items) },
        BetweenExpression b => b with { Operand = ReplaceAliases(b.Operand, items), Low = ReplaceAliases(b.Low, items), High = ReplaceAliases(b.High, items) },
        InListExpression l => l with { Operand = ReplaceAliases(l.Operand, items) },
        LikeExpression l => l with { Operand = ReplaceAliases(l.Operand, items) },
        _ => ast,
    };

    private string ItemName(Expression e)
    {
        if (e is ColumnRef cr)
        {
            return cr.Column;
        }
        var text = TextOf(e);
        if (text is not null)
        {
            return text;
        }
        return e switch
        {
            Literal l => l.Value.IsNull ? "NULL" : ValueConversion.ToText(l.Value),
            FunctionCall f => f.Name + "()",
            SystemVariable sv => "@@" + sv.Name,
            UserVariable uv => "@" + uv.Name,
            _ => "?column?",
        };
    }

    internal static ResultColumn MakeResultColumn(string name, string? alias, BoundExpression bound)
    {
        var type = bound.Type;
        if (type.Kind == SqlTypeKind.Null)
        {
            type = ColumnType.NullType;
        }
        var flags = bound.Nullable ? ColumnFlags.None : ColumnFlags.NotNull;
        if (type.Unsigned)
        {
            flags |= ColumnFlags.Unsigned;
        }
        if (type.IsNumeric || type.IsTemporal || type.IsBinary)
        {
            flags |= ColumnFlags.Binary;
        }
        if (type.IsBlobLike)
        {
            flags |= ColumnFlags.Blob;
        }
        if (bound is BoundColumnRef { Origin: { } origin })
        {
            var originFlags = bound.Nullable ? origin.Flags & ~ColumnFlags.NotNull : origin.Flags;
            return new ResultColumn(alias ?? name, type, originFlags, origin.TableAlias, origin.Table, origin.Schema, origin.Name);
        }
        return new ResultColumn(alias ?? name, type, flags);
    }
}
