using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using Catalog_ = MiniAurora.Engine.Catalog;
using MiniAurora.Engine.Planning;
using MiniAurora.Engine.Statements;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;
using MiniAurora.Sql.Ast.Statements;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Binding;

internal sealed partial class Binder
{
    private const string NewRowAlias = "\0new";

    private Scope TableScope(TableDef table, string alias)
    {
        var scope = new Scope(null);
        var info = Catalog_.TableInfo.Of(table);
        scope.Add(alias, table.Schema, table, table.Columns.Select((c, i) =>
            new SourceColumn(c.Name, c.Type, c.Nullable, new ColumnOrigin(table.Schema, table.Name, alias, c.Name, info.Flags[i]))).ToList());
        return scope;
    }

    public InsertCommand BindInsert(InsertStatement insert)
    {
        var table = GetTable(insert.Table.Schema, insert.Table.Name);
        int[] targets;
        if (insert.Columns.Count == 0)
        {
            targets = Enumerable.Range(0, table.Columns.Count).Where(i => table.Columns[i].GeneratedSql is null && !table.Columns[i].Invisible).ToArray();
        }
        else
        {
            targets = new int[insert.Columns.Count];
            for (int i = 0; i < targets.Length; i++)
            {
                int ord = table.FindColumn(insert.Columns[i]);
                if (ord < 0)
                {
                    throw MySqlErrors.BadFieldError(insert.Columns[i], "field list");
                }
                if (targets.Take(i).Contains(ord))
                {
                    throw MySqlErrors.FieldSpecifiedTwice(insert.Columns[i]);
                }
                targets[i] = ord;
            }
        }
        BoundExpression?[][]? rows = null;
        SelectPlan? source = null;
        switch (insert.Source)
        {
            case ValuesSource values:
                {
                    rows = new BoundExpression?[values.Rows.Count][];
                    for (int r = 0; r < values.Rows.Count; r++)
                    {
                        var row = values.Rows[r];
                        if (row.Count == 0 && insert.Columns.Count == 0)
                        {
                            rows[r] = new BoundExpression?[targets.Length];
                            continue;
                        }
                        if (row.Count != targets.Length)
                        {
                            throw MySqlErrors.WrongValueCountOnRow(r + 1);
                        }
                        rows[r] = new BoundExpression?[row.Count];
                        for (int i = 0; i < row.Count; i++)
                        {
                            rows[r][i] = row[i] is DefaultValue ? null : Bind(row[i], null, "field list");
                        }
                    }
                    break;
                }
            case QuerySource qs:
                source = BindQuery(qs.Query, null);
                if (source.VisibleWidth != targets.Length)
                {
                    throw MySqlErrors.WrongValueCountOnRow(1);
                }
                break;
        }
        var onDuplicate = new List<(int, BoundExpression)>();
        if (insert.OnDuplicateKeyUpdate.Count > 0)
        {
            var scope = TableScope(table, table.Name);
            var newAlias = insert.RowAlias ?? NewRowAlias;
            var info = Catalog_.TableInfo.Of(table);
            var newSource = scope.Add(newAlias, table.Schema, table, table.Columns.Select((c, i) =>
                new SourceColumn(i < insert.RowColumnAliases.Count ? insert.RowColumnAliases[i] : c.Name, c.Type, true, null)).ToList());
            newSource.QualifiedOnly = true;
            foreach (var a in insert.OnDuplicateKeyUpdate)
            {
                int ord = table.FindColumn(a.Column.Column);
                if (ord < 0)
                {
                    throw MySqlErrors.BadFieldError(a.Column.Column, "field list");
                }
                var value = a.Value is DefaultValue ? BoundLiteral.Null : Bind(RewriteValuesCalls(a.Value), scope, "field list");
                onDuplicate.Add((ord, value));
            }
        }
        return new InsertCommand(CatalogVersionOrZero, ParameterCount, table, targets, rows, source, onDuplicate.ToArray(), insert.Replace, insert.Ignore);
    }

    private long CatalogVersionOrZero => _catalog?.Version ?? 0;

    private static Expression RewriteValuesCalls(Expression e) => e switch
    {
        FunctionCall { Name: "VALUES", Arguments.Count: 1 } f when f.Arguments[0] is ColumnRef c => new ColumnRef(null, NewRowAlias, c.Column),
        FunctionCall f => f with { Arguments = f.Arguments.Select(RewriteValuesCalls).ToSqlList() },
        BinaryExpression b => b with { Left = RewriteValuesCalls(b.Left), Right = RewriteValuesCalls(b.Right) },
        UnaryExpression u => u with { Operand = RewriteValuesCalls(u.Operand) },
        CaseExpression c => c with
        {
            Operand = c.Operand is null ? null : RewriteValuesCalls(c.Operand),
            Whens = c.Whens.Select(w => new WhenClause(RewriteValuesCalls(w.Condition), RewriteValuesCalls(w.Result))).ToSqlList(),
            Else = c.Else is null ? null : RewriteValuesCalls(c.Else),
        },
        _ => e,
    };

    public CompiledStatement BindUpdate(UpdateStatement update)
    {
        if (update.Tables.Count != 1 || update.Tables[0] is not TableName tn)
        {
            return BindMultiTable(update.Tables, [], update.Assignments, update.Where, delete: false, update.Ignore);
        }
        var table = GetTable(tn.Name.Schema, tn.Name.Name);
        var scope = TableScope(table, tn.Alias ?? tn.Name.Name);
        var assignments = new List<(int, BoundExpression)>();
        foreach (var a in update.Assignments)
        {
            var target = scope.TryResolve(a.Column.Schema, a.Column.Table, a.Column.Column, "field list")
                ?? throw MySqlErrors.BadFieldError(a.Column.Column, "field list");
            var value = a.Value is DefaultValue ? (Catalog_.TableInfo.Of(table).Defaults[target.Ordinal] ?? BoundLiteral.Null) : Bind(a.Value, scope, "field list");
            assignments.Add((target.Ordinal, value));
        }
        var rowTarget = BindRowTarget(table, scope, update.Where, update.OrderBy, update.Limit);
        return new UpdateCommand(CatalogVersionOrZero, ParameterCount, rowTarget, assignments.ToArray(), update.Ignore);
    }

    public CompiledStatement BindDelete(DeleteStatement delete)
    {
        if (delete.Targets.Count > 0 || delete.From.Count != 1 || delete.From[0] is not TableName tn)
        {
            return BindMultiTable(delete.From, delete.Targets, SqlList<Assignment>.Empty, delete.Where, delete: true, delete.Ignore);
        }
        var table = GetTable(tn.Name.Schema, tn.Name.Name);
        var scope = TableScope(table, tn.Alias ?? tn.Name.Name);
        var rowTarget = BindRowTarget(table, scope, delete.Where, delete.OrderBy, delete.Limit);
        return new DeleteCommand(CatalogVersionOrZero, ParameterCount, rowTarget);
    }

    private RowTarget BindRowTarget(TableDef table, Scope scope, Expression? whereAst, SqlList<OrderItem> orderBy, LimitClause? limit)
    {
        var where = whereAst is null ? null : Bind(whereAst, scope, "where clause");
        var conjuncts = new List<BoundExpression>();
        AccessPathChooser.Split(where, conjuncts);
        var path = AccessPathChooser.Choose(table, 0, conjuncts);
        var orderExprs = orderBy.Select(o => Bind(o.Expression, scope, "order clause")).ToArray();
        var keys = orderBy.Select((o, i) => new SortKey(i, o.Descending, orderExprs[i].Type.EffectiveCollation)).ToArray();
        var limitExpr = limit is null ? null : Bind(limit.Count, null, "LIMIT");
        return new RowTarget(table, path, where, keys, orderExprs, limitExpr);
    }

    private MultiTableCommand BindMultiTable(SqlList<TableReference> from, SqlList<ObjectName> deleteTargets, SqlList<Assignment> assignments, Expression? whereAst, bool delete, bool ignore)
    {
        var scope = new Scope(null);
        var steps = new List<JoinStep>();
        BindFrom(from, scope, steps);
        foreach (var step in steps)
        {
            if (step.On is not null)
            {
                step.BoundOn = Bind(step.On, scope, "on clause");
            }
        }
        var where = whereAst is null ? null : Bind(whereAst, scope, "where clause");
        var plan = AccessPathChooser.PlanJoin(steps, where, scope);
        var targets = new List<MultiTableTarget>();
        int TargetOf(BoundSource source)
        {
            if (source.Table is null)
            {
                throw MySqlErrors.NonUpdatableTable(source.Alias, delete ? "DELETE" : "UPDATE");
            }
            if (source.Table.PrimaryKey is null)
            {
                throw MySqlErrors.NotSupportedYet("multi-table UPDATE/DELETE of a table without a primary key");
            }
            int i = targets.FindIndex(t => t.Offset == source.Offset);
            if (i < 0)
            {
                targets.Add(new MultiTableTarget(source.Table, source.Offset));
                i = targets.Count - 1;
            }
            return i;
        }
        var bound = new List<(int, int, BoundExpression)>();
        foreach (var a in assignments)
        {
            var column = scope.TryResolve(a.Column.Schema, a.Column.Table, a.Column.Column, "field list") ?? throw MySqlErrors.BadFieldError(a.Column.Column, "field list");
            var source = scope.Sources.Last(s => s.Offset <= column.Ordinal);
            bound.Add((TargetOf(source), column.Ordinal - source.Offset, Bind(a.Value, scope, "field list")));
        }
        foreach (var name in deleteTargets)
        {
            var source = scope.Sources.FirstOrDefault(s => string.Equals(s.Alias, name.Name, StringComparison.Ordinal))
                ?? throw MySqlErrors.UnknownTable(name.Name, "MULTI DELETE");
            TargetOf(source);
        }
        return new MultiTableCommand(CatalogVersionOrZero, ParameterCount, plan, targets.ToArray(), bound.ToArray(), delete, ignore);
    }
}
