using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>
/// Queries: WITH, SELECT blocks, UNION/EXCEPT (left-assoc) over INTERSECT (binds tighter),
/// parenthesized queries, and the trailing ORDER BY / LIMIT / locking / INTO, which belong to the
/// whole query expression (so after a UNION they apply to the union, as in MySQL).
/// </summary>
internal static class SelectGrammar
{
    private static readonly Parser<Token, Expression> s_expr = ExpressionGrammar.Expr;

    /// <summary>The full query expression.</summary>
    public static readonly Parser<Token, QueryExpression> Query = Rec(() => s_query!);

    private static readonly int s_as = Keywords.Id("AS");

    /// <summary>A LIMIT operand: integer literal, placeholder, or (in stored programs) a local variable.</summary>
    private static readonly Parser<Token, Expression> s_limitValue = OneOf(
        Tok(TokenKind.Integer).Select(t => (Expression)Literals.Integer(t.Text)),
        Tok(TokenKind.Parameter).Select(t => (Expression)new Parameter(t.Number)),
        Ident.Select(n => (Expression)new ColumnRef(n)));

    public static readonly Parser<Token, LimitClause> Limit = Kw("LIMIT").Then(Map(
        (first, rest) => rest.HasValue ? (rest.Value.IsOffset ? new LimitClause(first, rest.Value.Value) : new LimitClause(rest.Value.Value, first)) : new LimitClause(first, null),
        s_limitValue,
        OneOf(
            Comma.Then(s_limitValue).Select(v => (IsOffset: false, Value: v)),
            Kw("OFFSET").Then(s_limitValue).Select(v => (IsOffset: true, Value: v))).Optional()));

    private static readonly Parser<Token, LockingClause> s_locking = OneOf(
        Kw("FOR").Then(Map(
            (mode, of, wait) => new LockingClause(mode, of.HasValue ? of.Value : SqlList<ObjectName>.Empty, wait.HasValue ? wait.Value : LockWait.Wait),
            OneOf(Kw("UPDATE").ThenReturn(LockMode.Update), Kw("SHARE").ThenReturn(LockMode.Share)),
            Kw("OF").Then(QualifiedNameList).Optional(),
            OneOf(Kw("NOWAIT").ThenReturn(LockWait.NoWait), Kw("SKIP").Then(Kw("LOCKED")).ThenReturn(LockWait.SkipLocked)).Optional())),
        Kw("LOCK").Then(Kw("IN")).Then(Kw("SHARE")).Then(Kw("MODE")).ThenReturn(new LockingClause(LockMode.LockInShareMode, SqlList<ObjectName>.Empty, LockWait.Wait)));

    private static readonly Parser<Token, SqlList<Expression>> s_into = Kw("INTO").Then(OneOf(
        Tok(TokenKind.UserVariable).Select(t => (Expression)new UserVariable(t.Text)),
        Ident.Select(n => (Expression)new ColumnRef(n))).SeparatedAtLeastOnce(Comma)).Select(ToList);

    private static readonly Parser<Token, SelectItem> s_item = OneOf(
        Star.ThenReturn((SelectItem)new AllColumnsItem(null, null)),
        Map(
            (e, alias) => e.Item1 is QualifiedStar star ? new AllColumnsItem(star.Schema, star.Table) : (SelectItem)new ExpressionItem(e.Item1, alias) { Text = e.Item2 },
            s_expr.MapWithInput((tokens, e) => (e, tokens.Length == 0 ? "" : tokens[0].Source[tokens[0].Start..tokens[^1].End])),
            Peek.Optional(t => t.Kind is TokenKind.QuotedIdentifier or TokenKind.String || (t.Kind == TokenKind.Word && !t.IsReserved) || t.Keyword == s_as, OneOf(Kw("AS").Then(IdentOrString), IdentOrString)).Select(m => m.OrNull())));

    private static readonly string[] s_optionWords =
    [
        "ALL", "DISTINCT", "DISTINCTROW", "HIGH_PRIORITY", "STRAIGHT_JOIN", "SQL_SMALL_RESULT", "SQL_BIG_RESULT",
        "SQL_BUFFER_RESULT", "SQL_NO_CACHE", "SQL_CACHE", "SQL_CALC_FOUND_ROWS",
    ];

    private static readonly Parser<Token, IEnumerable<string>> s_options = Peek.Many(Peek.AnyKeyword(s_optionWords), Kws(s_optionWords));

    private static readonly Parser<Token, (SqlList<Expression> Items, bool Rollup)> s_groupBy = Kw2("GROUP", "BY").Then(Map(
        (items, rollup) => (items, rollup),
        ExpressionGrammar.OrderItem.Select(o => o.Expression).SeparatedAtLeastOnce(Comma).Select(ToList),
        Flag(Kw("WITH").Then(Kw("ROLLUP")))));

    private static readonly Parser<Token, SqlList<NamedWindow>> s_windows = Kw("WINDOW").Then(
        Map((name, spec) => new NamedWindow(name, spec), Ident, Kw("AS").Then(FunctionGrammar.WindowSpecBody)).SeparatedAtLeastOnce(Comma)).Select(ToList);

    private static readonly Parser<Token, QueryExpression> s_selectBlock = Kw("SELECT").Then(Map(
        (options, items, into, from, where, groupBy, having, windows) =>
        {
            var optionList = options.ToList();
            return (QueryExpression)new SelectQuery(
                optionList.Contains("DISTINCT") || optionList.Contains("DISTINCTROW"),
                items,
                from.HasValue ? from.Value : SqlList<TableReference>.Empty,
                where.OrNull(),
                groupBy.HasValue ? groupBy.Value.Items : SqlList<Expression>.Empty,
                having.OrNull())
            {
                WithRollup = groupBy.HasValue && groupBy.Value.Rollup,
                Windows = windows.HasValue ? windows.Value : SqlList<NamedWindow>.Empty,
                Into = into.HasValue ? into.Value : SqlList<Expression>.Empty,
                SqlCalcFoundRows = optionList.Contains("SQL_CALC_FOUND_ROWS"),
                StraightJoin = optionList.Contains("STRAIGHT_JOIN"),
            };
        },
        s_options,
        s_item.SeparatedAtLeastOnce(Comma).Select(ToList),
        Peek.IfKeyword("INTO", s_into),
        Peek.IfKeyword("FROM", Kw("FROM").Then(OneOf(Kw("DUAL").ThenReturn(SqlList<TableReference>.Empty), TableReferenceGrammar.TableReferences))),
        Peek.IfKeyword("WHERE", Kw("WHERE").Then(s_expr)),
        Peek.IfKeyword("GROUP", s_groupBy),
        Peek.IfKeyword("HAVING", Kw("HAVING").Then(s_expr)),
        Peek.IfKeyword("WINDOW", s_windows)));

    private static readonly Parser<Token, QueryExpression> s_primary = OneOf(
        s_selectBlock,
        LParen.Then(Query).Before(RParen));

    private static readonly Parser<Token, bool> s_setQuantifier =
        Kws("ALL", "DISTINCT").Optional().Select(m => m.HasValue && m.Value == "ALL");

    private static Parser<Token, QueryExpression> SetLevel(Parser<Token, QueryExpression> operand, Parser<Token, SetOperator> op, Func<Token, bool> first) => Map(
        (first, rest) =>
        {
            var q = first;
            foreach (var (kind, all, right) in rest)
            {
                q = new SetOperationQuery(kind, all, q, right);
            }
            return q;
        },
        operand,
        Peek.Many(first, Map((kind, all, right) => (kind, all, right), op, s_setQuantifier, operand)));

    private static readonly Parser<Token, QueryExpression> s_intersect =
        SetLevel(s_primary, Kw("INTERSECT").ThenReturn(SetOperator.Intersect), Peek.AnyKeyword("INTERSECT"));

    private static readonly Parser<Token, QueryExpression> s_body =
        SetLevel(s_intersect, OneOf(Kw("UNION").ThenReturn(SetOperator.Union), Kw("EXCEPT").ThenReturn(SetOperator.Except)), Peek.AnyKeyword("UNION", "EXCEPT"));

    private static readonly Parser<Token, WithClause> s_with = Kw("WITH").Then(Map(
        (recursive, tables) => new WithClause(recursive, ToList(tables)),
        Flag(Kw("RECURSIVE")),
        Map((name, columns, query) => new CommonTableExpression(name, columns.HasValue ? columns.Value : SqlList<string>.Empty, query),
            Ident, ParenIdentList.Optional(), Kw("AS").Then(LParen).Then(Query).Before(RParen)).SeparatedAtLeastOnce(Comma)));

    /// <summary>WITH clause, exposed for UPDATE/DELETE … WITH.</summary>
    public static readonly Parser<Token, WithClause> With = s_with;

    private static readonly Parser<Token, QueryExpression> s_query = Map(
        (with, body, order, limit, locking, into) =>
        {
            var q = body;
            if (order.HasValue || limit.HasValue)
            {
                if (q.OrderBy.IsEmpty && q.Limit is null)
                {
                    q = q with { OrderBy = order.HasValue ? order.Value : SqlList<OrderItem>.Empty, Limit = limit.OrNull() };
                }
                else
                {
                    // (SELECT … LIMIT n) ORDER BY … LIMIT m: the outer clauses apply to the inner result.
                    q = new SelectQuery(false, SqlList.Of<SelectItem>(new AllColumnsItem(null, null)), SqlList.Of<TableReference>(new DerivedTable(q, "derived_query", SqlList<string>.Empty)), null, SqlList<Expression>.Empty, null)
                    {
                        OrderBy = order.HasValue ? order.Value : SqlList<OrderItem>.Empty,
                        Limit = limit.OrNull(),
                    };
                }
            }
            if (q is SelectQuery select && (locking.HasValue || into.HasValue))
            {
                q = select with
                {
                    Locking = locking.HasValue ? locking.Value : select.Locking,
                    Into = into.HasValue ? into.Value : select.Into,
                };
            }
            return with.HasValue ? q with { With = with.Value } : q;
        },
        Peek.IfKeyword("WITH", s_with),
        s_body,
        Peek.IfKeyword("ORDER", ExpressionGrammar.OrderBy),
        Peek.IfKeyword("LIMIT", Limit),
        Peek.Optional(Peek.AnyKeyword("FOR", "LOCK"), s_locking),
        Peek.IfKeyword("INTO", s_into));
}
