using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Engine.Expressions;
using Catalog_ = MiniAurora.Engine.Catalog;
using MiniAurora.Engine.Planning;
using MiniAurora.Engine.SystemTables;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Engine.Binding;

internal sealed partial class Binder
{
    /// <summary>Flattens FROM into left-deep join steps, adding every source to <paramref name="scope"/>.</summary>
    private void BindFrom(IEnumerable<TableReference> from, Scope scope, List<JoinStep> steps)
    {
        foreach (var reference in from)
        {
            BindReference(reference, scope, steps, leftOuter: false, on: null);
        }
    }

    private void BindReference(TableReference reference, Scope scope, List<JoinStep> steps, bool leftOuter, Expression? on)
    {
        switch (reference)
        {
            case TableName tn:
                steps.Add(BindTableName(tn, scope, leftOuter, on));
                break;
            case DerivedTable dt:
                {
                    var sub = BindQuery(dt.Query, scope.Outer);
                    var columns = new List<SourceColumn>();
                    for (int i = 0; i < sub.VisibleWidth; i++)
                    {
                        var name = i < dt.ColumnAliases.Count ? dt.ColumnAliases[i] : sub.Columns[i].Name;
                        columns.Add(new SourceColumn(name, sub.Columns[i].Type, sub.Nullable[i], null));
                    }
                    var source = scope.Add(dt.Alias, "", null, columns);
                    source.OuterNullable = leftOuter;
                    steps.Add(new JoinStep(source, Trim(sub), leftOuter, on));
                    break;
                }
            case TableGroup group:
                foreach (var t in group.Tables)
                {
                    BindReference(t, scope, steps, leftOuter, steps.Count == 0 ? null : on);
                    on = null;
                }
                break;
            case JoinedTable join:
                {
                    var kind = join.Kind;
                    var left = join.Left;
                    var right = join.Right;
                    if (kind is JoinKind.Right or JoinKind.NaturalRight)
                    {
                        (left, right) = (right, left);
                        kind = kind == JoinKind.Right ? JoinKind.Left : JoinKind.NaturalLeft;
                    }
                    BindReference(left, scope, steps, leftOuter, on);
                    int before = scope.Sources.Count;
                    bool outer = kind is JoinKind.Left or JoinKind.NaturalLeft;
                    var condition = join.On;
                    var usingColumns = join.Using.ToList();
                    BindReference(right, scope, steps, outer, null);
                    if (kind is JoinKind.NaturalInner or JoinKind.NaturalLeft)
                    {
                        var rightSource = scope.Sources[before];
                        foreach (var c in rightSource.Columns)
                        {
                            if (scope.Sources.Take(before).Any(s => s.Columns.Any(lc => string.Equals(lc.Name, c.Name, StringComparison.OrdinalIgnoreCase))))
                            {
                                usingColumns.Add(c.Name);
                            }
                        }
                    }
                    if (usingColumns.Count > 0)
                    {
                        var rightSource = scope.Sources[before];
                        foreach (var name in usingColumns)
                        {
                            var leftSource = scope.Sources.Take(before).LastOrDefault(s => s.Columns.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
                                ?? throw MySqlErrors.BadFieldError(name, "from clause");
                            var eq = new BinaryExpression(BinaryOperator.Equal, new ColumnRef(null, leftSource.Alias, name), new ColumnRef(null, rightSource.Alias, name));
                            condition = condition is null ? eq : new BinaryExpression(BinaryOperator.And, condition, eq);
                            rightSource.CoalescedColumns.Add(name);
                        }
                    }
                    var lastStep = steps[^1];
                    steps[^1] = new JoinStep(lastStep.Source, lastStep.FixedPlan, outer, condition);
                    break;
                }
            default:
                throw MySqlErrors.NotSupportedYet(reference.GetType().Name);
        }
    }

    private JoinStep BindTableName(TableName tn, Scope scope, bool leftOuter, Expression? on)
    {
        var schema = tn.Name.Schema ?? Database;
        var alias = tn.Alias ?? tn.Name.Name;
        if (schema is not null && string.Equals(schema, "information_schema", StringComparison.OrdinalIgnoreCase))
        {
            if (!InformationSchema.TryGet(tn.Name.Name, out var vt))
            {
                throw MySqlErrors.UnknownTable(tn.Name.Name, "information_schema");
            }
            var vcols = vt.Columns.Select(c => new SourceColumn(c.Name, c.Type, (c.Flags & ColumnFlags.NotNull) == 0,
                new ColumnOrigin("information_schema", vt.Name, alias, c.Name, c.Flags))).ToList();
            var vsource = scope.Add(alias, "information_schema", null, vcols);
            vsource.OuterNullable = leftOuter;
            return new JoinStep(vsource, new RowsNode(vcols.Count, ctx => vt.Rows(ctx), alias), leftOuter, on);
        }
        if (schema is null)
        {
            throw MySqlErrors.NoDbError();
        }
        if (!Catalog.TryGetTable(schema, tn.Name.Name, out var table))
        {
            if (Catalog.TryGetView(schema, tn.Name.Name, out var view))
            {
                var parsed = Sql.Parsing.SqlParser.Parse(view.DefinitionSql);
                if (parsed is Sql.Ast.Statements.SelectStatement sel)
                {
                    var viewBinder = new Binder(Engine, Catalog, schema, view.DefinitionSql);
                    var sub = viewBinder.BindQuery(sel.Query, null);
                    var vcols = new List<SourceColumn>();
                    for (int i = 0; i < sub.VisibleWidth; i++)
                    {
                        var name = i < view.ColumnNames.Count ? view.ColumnNames[i] : sub.Columns[i].Name;
                        vcols.Add(new SourceColumn(name, sub.Columns[i].Type, sub.Nullable[i], new ColumnOrigin(schema, view.Name, alias, name, sub.Columns[i].Flags)));
                    }
                    var vs = scope.Add(alias, schema, null, vcols);
                    vs.OuterNullable = leftOuter;
                    return new JoinStep(vs, Trim(sub), leftOuter, on);
                }
            }
            throw MySqlErrors.NoSuchTable(schema, tn.Name.Name);
        }
        var info = Catalog_.TableInfo.Of(table);
        var columns = new List<SourceColumn>(table.Columns.Count);
        for (int i = 0; i < table.Columns.Count; i++)
        {
            var c = table.Columns[i];
            columns.Add(new SourceColumn(c.Name, c.Type, c.Nullable, new ColumnOrigin(table.Schema, table.Name, alias, c.Name, info.Flags[i]), c.Invisible));
        }
        var source = scope.Add(alias, table.Schema, table, columns);
        source.OuterNullable = leftOuter;
        return new JoinStep(source, null, leftOuter, on);
    }

    /// <summary>A plan that produces exactly the visible columns (derived tables and views must not leak hidden sort keys).</summary>
    private static PlanNode Trim(SelectPlan sub)
    {
        if (sub.Plan.Width == sub.VisibleWidth)
        {
            return sub.Plan;
        }
        var refs = new BoundExpression[sub.VisibleWidth];
        for (int i = 0; i < refs.Length; i++)
        {
            refs[i] = new BoundColumnRef(i, sub.Columns[i].Type, sub.Nullable[i], null);
        }
        return new ProjectNode(sub.Plan, refs);
    }
}
