using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Formatting;

/// <summary>Queries and table references.</summary>
public sealed partial class SqlFormatter
{
    private void Query(QueryExpression q)
    {
        With(q.With);
        switch (q)
        {
            case SelectQuery s:
                Select(s);
                break;
            case SetOperationQuery u:
                SetOperand(u.Left);
                W(" ").W(u.Operator.ToString().ToUpperInvariant()).W(u.All ? " ALL " : " ");
                SetOperand(u.Right, rightSide: true);
                break;
        }
        if (!q.OrderBy.IsEmpty)
        {
            W(" ");
            OrderBy(q.OrderBy);
        }
        if (q.Limit is not null)
        {
            W(" ");
            Limit(q.Limit);
        }
        if (q is SelectQuery { Locking: { } locking })
        {
            W(locking.Mode switch
            {
                LockMode.Update => " FOR UPDATE",
                LockMode.Share => " FOR SHARE",
                _ => " LOCK IN SHARE MODE",
            });
            if (!locking.Of.IsEmpty)
            {
                W(" OF ");
                List(locking.Of, n => Name(n));
            }
            W(locking.Wait switch { LockWait.NoWait => " NOWAIT", LockWait.SkipLocked => " SKIP LOCKED", _ => "" });
        }
    }

    /// <summary>Operands of UNION that carry their own clauses (or are INTERSECT under UNION on the right) need parentheses.</summary>
    private void SetOperand(QueryExpression q, bool rightSide = false)
    {
        var parens = q.With is not null || !q.OrderBy.IsEmpty || q.Limit is not null || q is SelectQuery { Locking: not null }
            || (rightSide && q is SetOperationQuery);
        if (parens)
        {
            W("(");
        }
        Query(q);
        if (parens)
        {
            W(")");
        }
    }

    private void Limit(LimitClause limit)
    {
        W("LIMIT ");
        Expr(limit.Count);
        if (limit.Offset is not null)
        {
            W(" OFFSET ");
            Expr(limit.Offset);
        }
    }

    private void Select(SelectQuery s)
    {
        W("SELECT ");
        if (s.StraightJoin)
        {
            W("STRAIGHT_JOIN ");
        }
        if (s.SqlCalcFoundRows)
        {
            W("SQL_CALC_FOUND_ROWS ");
        }
        if (s.Distinct)
        {
            W("DISTINCT ");
        }
        List(s.Items, SelectItem);
        if (!s.Into.IsEmpty)
        {
            W(" INTO ");
            List(s.Into, v => Expr(v));
        }
        if (!s.From.IsEmpty)
        {
            W(" FROM ");
            List(s.From, Table);
        }
        if (s.Where is not null)
        {
            W(" WHERE ");
            Expr(s.Where);
        }
        if (!s.GroupBy.IsEmpty)
        {
            W(" GROUP BY ");
            List(s.GroupBy, v => Expr(v));
            if (s.WithRollup)
            {
                W(" WITH ROLLUP");
            }
        }
        if (s.Having is not null)
        {
            W(" HAVING ");
            Expr(s.Having);
        }
        if (!s.Windows.IsEmpty)
        {
            W(" WINDOW ");
            List(s.Windows, w =>
            {
                Id(w.Name).W(" AS ");
                WindowBody(w.Spec);
            });
        }
    }

    private void SelectItem(SelectItem item)
    {
        switch (item)
        {
            case AllColumnsItem a:
                if (a.Schema is not null)
                {
                    Id(a.Schema).W(".");
                }
                if (a.Table is not null)
                {
                    Id(a.Table).W(".");
                }
                W("*");
                break;
            case ExpressionItem e:
                Expr(e.Expression);
                if (e.Alias is not null)
                {
                    W(" AS ").Id(e.Alias);
                }
                break;
        }
    }

    private void Table(TableReference t)
    {
        switch (t)
        {
            case TableName n:
                Name(n.Name);
                if (n.Alias is not null)
                {
                    W(" AS ").Id(n.Alias);
                }
                foreach (var hint in n.IndexHints)
                {
                    W(" ").W(hint.Kind.ToString().ToUpperInvariant()).W(" INDEX (");
                    List(hint.Indexes, i => Id(i));
                    W(")");
                }
                break;
            case DerivedTable d:
                if (d.Lateral)
                {
                    W("LATERAL ");
                }
                W("(");
                Query(d.Query);
                W(") AS ").Id(d.Alias);
                if (!d.ColumnAliases.IsEmpty)
                {
                    W(" (");
                    Ids(d.ColumnAliases);
                    W(")");
                }
                break;
            case JsonTable j:
                W("JSON_TABLE(");
                Expr(j.Document);
                W(", ").Str(j.Path).W(" ");
                JsonColumns(j.Columns);
                W(") AS ").Id(j.Alias);
                break;
            case TableGroup g:
                W("(");
                List(g.Tables, Table);
                W(")");
                break;
            case JoinedTable j:
                Table(j.Left);
                W(j.Kind switch
                {
                    JoinKind.Inner => " JOIN ",
                    JoinKind.Cross => " CROSS JOIN ",
                    JoinKind.Left => " LEFT JOIN ",
                    JoinKind.Right => " RIGHT JOIN ",
                    JoinKind.Straight => " STRAIGHT_JOIN ",
                    JoinKind.NaturalInner => " NATURAL JOIN ",
                    JoinKind.NaturalLeft => " NATURAL LEFT JOIN ",
                    _ => " NATURAL RIGHT JOIN ",
                });
                if (j.Right is JoinedTable)
                {
                    W("(");
                    Table(j.Right);
                    W(")");
                }
                else
                {
                    Table(j.Right);
                }
                if (j.On is not null)
                {
                    W(" ON ");
                    Expr(j.On);
                }
                else if (!j.Using.IsEmpty)
                {
                    W(" USING (");
                    Ids(j.Using);
                    W(")");
                }
                break;
        }
    }

    private void JsonColumns(SqlList<JsonTableColumn> columns)
    {
        W("COLUMNS (");
        List(columns, c =>
        {
            switch (c)
            {
                case JsonOrdinalityColumn o:
                    Id(o.Name).W(" FOR ORDINALITY");
                    break;
                case JsonNestedColumns n:
                    W("NESTED PATH ").Str(n.Path).W(" ");
                    JsonColumns(n.Columns);
                    break;
                case JsonPathColumn p:
                    Id(p.Name).W(" ");
                    Type(p.Type);
                    W(p.Exists ? " EXISTS PATH " : " PATH ").Str(p.Path);
                    JsonOn(p.OnEmpty, "EMPTY");
                    JsonOn(p.OnError, "ERROR");
                    break;
            }
        });
        W(")");
    }

    private void JsonOn(JsonOnClause? clause, string which)
    {
        if (clause is null)
        {
            return;
        }
        W(" ");
        switch (clause.Kind)
        {
            case JsonOnClauseKind.Null: W("NULL"); break;
            case JsonOnClauseKind.Error: W("ERROR"); break;
            default: W("DEFAULT ").Str(clause.DefaultJson!); break;
        }
        W(" ON ").W(which);
    }
}
