using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;
using MiniAurora.Sql.Ast.Statements;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>INSERT / REPLACE / UPDATE / DELETE.</summary>
internal static class DmlGrammar
{
    private static readonly Parser<Token, Expression> s_expr = ExpressionGrammar.Expr;

    /// <summary>A column reference on the left of '=' in SET lists: c, t.c or db.t.c.</summary>
    public static readonly Parser<Token, ColumnRef> ColumnTarget = Map(
        (first, second, third) => third.HasValue ? new ColumnRef(first, second.Value, third.Value) : second.HasValue ? new ColumnRef(null, first, second.Value) : new ColumnRef(first),
        Ident, Dot.Then(IdentAfterDot).Optional(), Dot.Then(IdentAfterDot).Optional());

    public static readonly Parser<Token, Assignment> Assignment =
        Map((c, v) => new Assignment(c, v), ColumnTarget, EqualOrAssign.Then(s_expr));

    public static readonly Parser<Token, SqlList<Assignment>> Assignments =
        Assignment.SeparatedAtLeastOnce(Comma).Select(ToList);

    private static readonly Parser<Token, SqlList<Expression>> s_row = OneOf(
        Kw("ROW").Then(LParen),
        LParen).Then(ExpressionGrammar.ExprList.Or(Parser<Token>.Return(SqlList<Expression>.Empty))).Before(RParen);

    private static readonly Parser<Token, (InsertSource Source, SqlList<string> Columns, string? RowAlias, SqlList<string> RowColumns)> s_source = OneOf(
        Map(
            (rows, alias) => ((InsertSource)new ValuesSource(ToList(rows)), SqlList<string>.Empty, alias.HasValue ? alias.Value.Name : null, alias.HasValue ? alias.Value.Columns : SqlList<string>.Empty),
            Kws("VALUES", "VALUE").Then(s_row.SeparatedAtLeastOnce(Comma)),
            Kw("AS").Then(Map((n, c) => (Name: n, Columns: c.HasValue ? c.Value : SqlList<string>.Empty), Ident, ParenIdentList.Optional())).Optional()),
        Kw("SET").Then(Assignments).Select(list => (
            (InsertSource)new ValuesSource(SqlList.Of(new SqlList<Expression>(list.Select(a => a.Value)))),
            new SqlList<string>(list.Select(a => a.Column.Column)),
            (string?)null,
            SqlList<string>.Empty)),
        QueryStart.Then(ExpressionGrammar.Query)
            .Select(q => ((InsertSource)new QuerySource(q), SqlList<string>.Empty, (string?)null, SqlList<string>.Empty)));

    private static readonly Parser<Token, Maybe<SqlList<Assignment>>> s_onDuplicate =
        Peek.IfKeyword("ON", Kw("ON").Then(Kw("DUPLICATE")).Then(Kw("KEY")).Then(Kw("UPDATE")).Then(Assignments));

    private static readonly Parser<Token, (InsertSource Source, SqlList<string> Columns, string? RowAlias, SqlList<string> RowColumns)> s_sourceWithColumns = OneOf(
        LParen.Then(OneOf(
            QueryStart.Then(ExpressionGrammar.Query).Before(RParen)
                .Select(q => ((InsertSource)new QuerySource(q), SqlList<string>.Empty, (string?)null, SqlList<string>.Empty)),
            Map(
                (columns, source) => (source.Source, columns, source.RowAlias, source.RowColumns),
                IdentList.Or(Parser<Token>.Return(SqlList<string>.Empty)).Before(RParen),
                s_source))),
        s_source);

    private static Parser<Token, Statement> InsertLike(string keyword, bool replace) => Kw(keyword).Then(Map(
        (options, table, source, odku) =>
        {
            var optionList = options.ToList();
            return (Statement)new InsertStatement(table, source.Columns, source.Source)
            {
                Replace = replace,
                Ignore = optionList.Contains("IGNORE"),
                OnDuplicateKeyUpdate = odku.HasValue ? odku.Value : SqlList<Assignment>.Empty,
                RowAlias = source.RowAlias,
                RowColumnAliases = source.RowColumns,
            };
        },
        Peek.Many(Peek.AnyKeyword("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE"), Kws("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE")).Before(Peek.IfKeyword("INTO", Kw("INTO"))),
        QualifiedName.Before(Peek.IfKeyword("PARTITION", Kw("PARTITION").Then(ParenIdentList))),
        s_sourceWithColumns,
        s_onDuplicate));

    public static readonly Parser<Token, Statement> Insert = InsertLike("INSERT", false);

    public static readonly Parser<Token, Statement> Replace = InsertLike("REPLACE", true);

    private static readonly Parser<Token, Expression?> s_where = Peek.IfKeyword("WHERE", Kw("WHERE").Then(s_expr)).Select(m => m.OrNull());

    private static readonly Parser<Token, LimitClause?> s_limit = Peek.IfKeyword("LIMIT", SelectGrammar.Limit).Select(m => m.OrNull());

    public static readonly Parser<Token, Statement> Update = Map(
        (with, options, tables, assignments, where, order, limit) => (Statement)new UpdateStatement(tables, assignments, where, order, limit)
        {
            Ignore = options.Contains("IGNORE"),
            With = with.OrNull(),
        },
        Peek.IfKeyword("WITH", SelectGrammar.With).Before(Kw("UPDATE")),
        Peek.Many(Peek.AnyKeyword("LOW_PRIORITY", "IGNORE"), Kws("LOW_PRIORITY", "IGNORE")).Select(o => o.ToList()),
        TableReferenceGrammar.TableReferences,
        Kw("SET").Then(Assignments),
        s_where,
        ExpressionGrammar.OptOrderBy,
        s_limit);

    private static readonly Parser<Token, ObjectName> s_deleteTarget =
        QualifiedName.Before(Dot.Then(Star).Optional());

    /// <summary>After DELETE [options] FROM name: single-table rest, or ", names USING refs" / "USING refs".</summary>
    private static readonly Parser<Token, Func<ObjectName, DeleteStatement>> s_deleteFromRest = OneOf(
        Map<Token, IEnumerable<ObjectName>, SqlList<TableReference>, Expression?, Func<ObjectName, DeleteStatement>>(
            (more, refs, where) => first => new DeleteStatement(new SqlList<ObjectName>(more.Prepend(first)), refs, where, SqlList<OrderItem>.Empty, null),
            Comma.Then(s_deleteTarget).Many().Before(Kw("USING")),
            TableReferenceGrammar.TableReferences,
            s_where),
        Map<Token, string?, SqlList<IndexHint>, Expression?, SqlList<OrderItem>, LimitClause?, Func<ObjectName, DeleteStatement>>(
            (alias, _, where, order, limit) => name => new DeleteStatement(SqlList<ObjectName>.Empty, SqlList.Of<TableReference>(new TableName(name, alias)), where, order, limit),
            TableReferenceGrammar.OptAlias,
            Parser<Token>.Return(SqlList<IndexHint>.Empty),
            s_where,
            ExpressionGrammar.OptOrderBy,
            s_limit));

    public static readonly Parser<Token, Statement> Delete = Map(
        (with, options, body) => (Statement)(body with { Ignore = options.Contains("IGNORE"), Quick = options.Contains("QUICK"), With = with.OrNull() }),
        Peek.IfKeyword("WITH", SelectGrammar.With).Before(Kw("DELETE")),
        Kws("LOW_PRIORITY", "QUICK", "IGNORE").Many().Select(o => o.ToList()),
        OneOf(
            Kw("FROM").Then(Map((first, rest) => rest(first), s_deleteTarget, s_deleteFromRest)),
            Map(
                (targets, refs, where) => new DeleteStatement(targets, refs, where, SqlList<OrderItem>.Empty, null),
                s_deleteTarget.SeparatedAtLeastOnce(Comma).Select(ToList),
                Kw("FROM").Then(TableReferenceGrammar.TableReferences),
                s_where)));
}
