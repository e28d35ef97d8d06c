using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>FROM-clause table references: names with aliases and index hints, derived tables, join chains.</summary>
internal static class TableReferenceGrammar
{
    private static readonly int s_as = Keywords.Id("AS");

    private static readonly Parser<Token, Expression> s_expr = ExpressionGrammar.Expr;
    private static readonly Parser<Token, QueryExpression> s_query = ExpressionGrammar.Query;

    /// <summary><c>[AS] alias</c>; a bare alias must not be a reserved word (that is how WHERE, JOIN… end a table).</summary>
    public static readonly Parser<Token, string?> OptAlias = Peek.Optional(
        t => t.Kind == TokenKind.QuotedIdentifier || (t.Kind == TokenKind.Word && (!t.IsReserved || t.Keyword == s_as)),
        OneOf(Kw("AS").Then(IdentOrString), Ident)).Select(m => m.OrNull());

    private static readonly Parser<Token, IndexHint> s_indexHint = Map(
        (kind, names) => new IndexHint(kind, names),
        OneOf(Kw("USE").ThenReturn(IndexHintKind.Use), Kw("IGNORE").ThenReturn(IndexHintKind.Ignore), Kw("FORCE").ThenReturn(IndexHintKind.Force))
            .Before(Kws("INDEX", "KEY"))
            .Before(Kw("FOR").Then(OneOf(Kw("JOIN").IgnoreResult(), Kw2("ORDER", "BY"), Kw2("GROUP", "BY"))).Optional()),
        LParen.Then(OneOf(Kw("PRIMARY"), new TokenMatch(t => t.Kind is TokenKind.Word or TokenKind.QuotedIdentifier)).Select(t => t.Text).Separated(Comma)).Before(RParen).Select(ToList));

    private static readonly Parser<Token, SqlList<string>> s_partitions =
        Peek.IfKeyword("PARTITION", Kw("PARTITION").Then(ParenIdentList)).Select(m => m.HasValue ? m.Value : SqlList<string>.Empty);

    private static readonly Parser<Token, TableReference> s_tableName = Map(
        (name, _, alias, hints) => (TableReference)new TableName(name, alias) { IndexHints = ToList(hints) },
        QualifiedName, s_partitions, OptAlias, Peek.Many(Peek.AnyKeyword("USE", "IGNORE", "FORCE"), s_indexHint));

    private static readonly Parser<Token, TableReference> s_derived = Map(
        (query, alias, columns) => (TableReference)new DerivedTable(query, alias, columns.HasValue ? columns.Value : SqlList<string>.Empty),
        QueryStart.Then(s_query).Before(RParen),
        Kw("AS").Optional().Then(IdentOrString),
        ParenIdentList.Optional());

    private static readonly Parser<Token, JsonOnClause> s_onValue = OneOf(
        Kw("NULL").ThenReturn(new JsonOnClause(JsonOnClauseKind.Null, null)),
        Kw("ERROR").ThenReturn(new JsonOnClause(JsonOnClauseKind.Error, null)),
        Kw("DEFAULT").Then(StringLit).Select(s => new JsonOnClause(JsonOnClauseKind.Default, s)));

    private static readonly Parser<Token, Func<JsonPathColumn, JsonPathColumn>> s_onClause = Map<Token, JsonOnClause, bool, Func<JsonPathColumn, JsonPathColumn>>(
        (value, empty) => c => empty ? c with { OnEmpty = value } : c with { OnError = value },
        s_onValue,
        Kw("ON").Then(OneOf(Kw("EMPTY").ThenReturn(true), Kw("ERROR").ThenReturn(false))));

    private static readonly Parser<Token, SqlList<JsonTableColumn>> s_jsonColumns = Rec(() => s_jsonColumnsBody!);

    private static readonly Parser<Token, JsonTableColumn> s_jsonColumn = OneOf(
        Kw("NESTED").Then(Kw("PATH").Optional()).Then(Map((path, columns) => (JsonTableColumn)new JsonNestedColumns(path, columns), StringLit, s_jsonColumns)),
        Map(
            (name, build) => build(name),
            Ident,
            OneOf(
                Kw("FOR").Then(Kw("ORDINALITY")).Select<Func<string, JsonTableColumn>>(_ => name => new JsonOrdinalityColumn(name)),
                Map<Token, DataType, bool, string, IEnumerable<Func<JsonPathColumn, JsonPathColumn>>, Func<string, JsonTableColumn>>(
                    (type, exists, path, ons) => name => ons.Aggregate(new JsonPathColumn(name, type, path, exists), (c, f) => f(c)),
                    TypeGrammar.DataType, Flag(Kw("EXISTS")), Kw("PATH").Then(StringLit), s_onClause.Many()))));

    private static readonly Parser<Token, SqlList<JsonTableColumn>> s_jsonColumnsBody =
        Kw("COLUMNS").Then(s_jsonColumn.SeparatedAtLeastOnce(Comma).Between(LParen, RParen)).Select(ToList);

    private static readonly Parser<Token, TableReference> s_jsonTable = Kw("JSON_TABLE").Then(LParen).Then(Map(
        (doc, path, columns, alias) => (TableReference)new JsonTable(doc, path, columns, alias),
        s_expr,
        Comma.Then(StringLit),
        s_jsonColumns.Before(RParen),
        Kw("AS").Optional().Then(Ident)));

    private static readonly Parser<Token, TableReference> s_factor = OneOf(
        s_jsonTable,
        s_tableName,
        LParen.Then(OneOf(
            s_derived,
            Rec(() => TableReferences!).Before(RParen).Select(list => list.Count == 1 ? list[0] : new TableGroup(list)))),
        Kw("LATERAL").Then(LParen).Then(s_derived).Select(t => (TableReference)((DerivedTable)t with { Lateral = true })));

    private static readonly Parser<Token, (Expression? On, SqlList<string> Using)> s_joinCondition = OneOf(
        Kw("ON").Then(s_expr).Select(e => ((Expression?)e, SqlList<string>.Empty)),
        Kw("USING").Then(ParenIdentList).Select(cols => ((Expression?)null, cols)));

    private static readonly Parser<Token, (Expression? On, SqlList<string> Using)> s_optJoinCondition =
        s_joinCondition.Or(Parser<Token>.Return(((Expression?)null, SqlList<string>.Empty)));

    private static Parser<Token, Func<TableReference, TableReference>> JoinTail(Parser<Token, JoinKind> kind, Parser<Token, (Expression? On, SqlList<string> Using)> condition) =>
        Map<Token, JoinKind, TableReference, (Expression? On, SqlList<string> Using), Func<TableReference, TableReference>>(
            (k, right, cond) => left => new JoinedTable(cond.On is null && cond.Using.IsEmpty && k == JoinKind.Inner ? JoinKind.Cross : k, left, right, cond.On, cond.Using),
            kind, s_factor, condition);

    private static readonly Parser<Token, Func<TableReference, TableReference>> s_joinTail = OneOf(
        JoinTail(OneOf(Kw("INNER").Then(Kw("JOIN")).ThenReturn(JoinKind.Inner), Kw("CROSS").Then(Kw("JOIN")).ThenReturn(JoinKind.Inner), Kw("JOIN").ThenReturn(JoinKind.Inner)), s_optJoinCondition),
        JoinTail(Kw("STRAIGHT_JOIN").ThenReturn(JoinKind.Straight), s_optJoinCondition),
        JoinTail(Kw("LEFT").Then(Kw("OUTER").Optional()).Then(Kw("JOIN")).ThenReturn(JoinKind.Left), s_joinCondition),
        JoinTail(Kw("RIGHT").Then(Kw("OUTER").Optional()).Then(Kw("JOIN")).ThenReturn(JoinKind.Right), s_joinCondition),
        JoinTail(
            Kw("NATURAL").Then(OneOf(
                Kw("LEFT").Then(Kw("OUTER").Optional()).Then(Kw("JOIN")).ThenReturn(JoinKind.NaturalLeft),
                Kw("RIGHT").Then(Kw("OUTER").Optional()).Then(Kw("JOIN")).ThenReturn(JoinKind.NaturalRight),
                Kw("INNER").Optional().Then(Kw("JOIN")).ThenReturn(JoinKind.NaturalInner))),
            Parser<Token>.Return(((Expression?)null, SqlList<string>.Empty))));

    /// <summary>One table reference with its join chain.</summary>
    public static readonly Parser<Token, TableReference> Reference = Map(
        (first, tails) =>
        {
            var t = first;
            foreach (var tail in tails)
            {
                t = tail(t);
            }
            return t;
        },
        s_factor, Peek.Many(Peek.AnyKeyword("JOIN", "INNER", "CROSS", "STRAIGHT_JOIN", "LEFT", "RIGHT", "NATURAL"), s_joinTail));

    /// <summary>Comma-separated table references.</summary>
    public static readonly Parser<Token, SqlList<TableReference>> TableReferences =
        Reference.SeparatedAtLeastOnce(Comma).Select(ToList);
}
