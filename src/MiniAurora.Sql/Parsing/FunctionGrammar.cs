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
/// Expression terms (MySQL's simple_expr): literals, placeholders, variables, parenthesized
/// expressions/rows/subqueries, CASE, CAST/CONVERT, INTERVAL, column references and function calls,
/// including the special argument syntaxes (COUNT(*), GROUP_CONCAT, TRIM, SUBSTRING … FROM … FOR,
/// POSITION … IN, EXTRACT, TIMESTAMPDIFF, CHAR … USING) and window calls with OVER.
/// </summary>
internal static class FunctionGrammar
{
    private static readonly Parser<Token, Expression> s_expr = ExpressionGrammar.Expr;
    private static readonly Parser<Token, SqlList<Expression>> s_exprList = ExpressionGrammar.ExprList;
    private static readonly Parser<Token, QueryExpression> s_query = ExpressionGrammar.Query;

    /// <summary>Reserved words that are still function names when followed by '(' (or niladic).</summary>
    private static readonly HashSet<int> s_reservedFunctions = new[]
    {
        "LEFT", "RIGHT", "INSERT", "REPLACE", "IF", "MOD", "REPEAT", "DATABASE", "SCHEMA", "VALUES", "GROUPING",
        "CURRENT_USER", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP",
        "UTC_DATE", "UTC_TIME", "UTC_TIMESTAMP", "ROW_NUMBER", "RANK", "DENSE_RANK", "CUME_DIST", "PERCENT_RANK",
        "NTILE", "LAG", "LEAD", "FIRST_VALUE", "LAST_VALUE", "NTH_VALUE",
    }.Select(Keywords.Id).ToHashSet();

    /// <summary>Reserved words that may be written without parentheses (CURRENT_TIMESTAMP …).</summary>
    private static readonly HashSet<int> s_niladic = new[]
    {
        "CURRENT_USER", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP",
        "UTC_DATE", "UTC_TIME", "UTC_TIMESTAMP",
    }.Select(Keywords.Id).ToHashSet();

    private static readonly Dictionary<string, TimeUnit> s_units = System.Enum.GetValues<TimeUnit>()
        .ToDictionary(u => u switch
        {
            TimeUnit.SecondMicrosecond => "SECOND_MICROSECOND",
            TimeUnit.MinuteMicrosecond => "MINUTE_MICROSECOND",
            TimeUnit.MinuteSecond => "MINUTE_SECOND",
            TimeUnit.HourMicrosecond => "HOUR_MICROSECOND",
            TimeUnit.HourSecond => "HOUR_SECOND",
            TimeUnit.HourMinute => "HOUR_MINUTE",
            TimeUnit.DayMicrosecond => "DAY_MICROSECOND",
            TimeUnit.DaySecond => "DAY_SECOND",
            TimeUnit.DayMinute => "DAY_MINUTE",
            TimeUnit.DayHour => "DAY_HOUR",
            TimeUnit.YearMonth => "YEAR_MONTH",
            _ => u.ToString().ToUpperInvariant(),
        });

    public static readonly Parser<Token, TimeUnit> TimeUnitParser = Kws([.. s_units.Keys]).Select(name => s_units[name]);

    private static readonly Parser<Token, FrameBound> s_frameBound = OneOf(
        Kw("UNBOUNDED").Then(OneOf(
            Kw("PRECEDING").ThenReturn(new FrameBound(FrameBoundKind.UnboundedPreceding)),
            Kw("FOLLOWING").ThenReturn(new FrameBound(FrameBoundKind.UnboundedFollowing)))),
        Kw("CURRENT").Then(Kw("ROW")).ThenReturn(new FrameBound(FrameBoundKind.CurrentRow)),
        Map((e, kind) => new FrameBound(kind, e), ExpressionGrammar.BitExpr, OneOf(
            Kw("PRECEDING").ThenReturn(FrameBoundKind.Preceding),
            Kw("FOLLOWING").ThenReturn(FrameBoundKind.Following))));

    private static readonly Parser<Token, WindowFrame> s_frame = Map(
        (units, bounds) => new WindowFrame(units, bounds.Item1, bounds.Item2),
        OneOf(Kw("ROWS").ThenReturn(FrameUnits.Rows), Kw("RANGE").ThenReturn(FrameUnits.Range)),
        OneOf(
            Kw("BETWEEN").Then(Map((a, b) => (a, (FrameBound?)b), s_frameBound, Kw("AND").Then(s_frameBound))),
            s_frameBound.Select(a => (a, (FrameBound?)null))));

    /// <summary>The parenthesized body of a window specification.</summary>
    public static readonly Parser<Token, WindowSpec> WindowSpecBody = LParen.Then(Map(
        (name, partition, order, frame) => new WindowSpec(name.OrNull(), partition, order, frame.HasValue ? frame.Value : null),
        Ident.Optional(),
        Kw2("PARTITION", "BY").Then(s_exprList).Or(Parser<Token>.Return(SqlList<Expression>.Empty)),
        ExpressionGrammar.OptOrderBy,
        s_frame.Optional())).Before(RParen);

    private static readonly Parser<Token, WindowSpec?> s_over =
        Peek.IfKeyword("OVER", Kw("OVER").Then(OneOf(Ident.Select(WindowSpec.Named), WindowSpecBody))).Select(m => m.HasValue ? m.Value : null);

    private static readonly Parser<Token, WordTail> s_callTail = LParen.Then(OneOf(
            Star.ThenReturn(new WordTail(WordTailKind.Call) { Star = true }),
            Map((distinct, args) => new WordTail(WordTailKind.Call) { Distinct = distinct.HasValue && distinct.Value == "DISTINCT", Arguments = args.HasValue ? args.Value : SqlList<Expression>.Empty },
                Peek.Optional(Peek.AnyKeyword("DISTINCT", "ALL"), Kws("DISTINCT", "ALL")), Peek.Optional(t => t.Kind != TokenKind.RightParen, s_exprList)))).Before(RParen)
        .Then(s_over, (tail, over) => over is null ? tail : tail with { Over = over });

    private static readonly Parser<Token, string> s_dotPart = Star.ThenReturn("*").Or(IdentAfterDot);

    private static readonly Parser<Token, WordTail> s_wordTail = Peek.Optional(
        t => t.Kind is TokenKind.LeftParen or TokenKind.Dot,
        OneOf(
            s_callTail,
            Dot.Then(Map(
                (second, third, call) => new WordTail(WordTailKind.Dotted) { Second = second, Third = third.OrNull(), Call = call.OrNull() },
                s_dotPart, Peek.Optional(t => t.Kind == TokenKind.Dot, Dot.Then(s_dotPart)), Peek.Optional(t => t.Kind == TokenKind.LeftParen, s_callTail)))))
        .Select(m => m.HasValue ? m.Value : WordTail.None);

    private static readonly Parser<Token, Token> s_firstWord = new TokenMatch(t =>
        t.Kind == TokenKind.QuotedIdentifier || (t.Kind == TokenKind.Word && (!t.IsReserved || s_reservedFunctions.Contains(t.Keyword))));

    private static readonly Parser<Token, Expression> s_wordTerm =
        Map(BuildWord, s_firstWord, s_wordTail).Assert(e => e is not null, "reserved word");

    private static Expression BuildWord(Token first, WordTail tail)
    {
        switch (tail.Kind)
        {
            case WordTailKind.Call:
                return MakeCall(null, first.Kind == TokenKind.Word ? first.Text.ToUpperInvariant() : first.Text, tail);
            case WordTailKind.Dotted when tail.Call is { } call:
                return tail.Third is null && tail.Second != "*" ? MakeCall(first.Text, tail.Second!, call) : null!;
            case WordTailKind.Dotted when tail.Third is null:
                return tail.Second == "*" ? new QualifiedStar(null, first.Text) : new ColumnRef(null, first.Text, tail.Second!);
            case WordTailKind.Dotted:
                return tail.Third == "*" ? new QualifiedStar(first.Text, tail.Second) : tail.Second == "*" ? null! : new ColumnRef(first.Text, tail.Second, tail.Third!);
            case WordTailKind.String:
                return new Literal(SqlValue.FromString(tail.Second!), first.Keyword == Keywords.Id("DATE") ? LiteralKind.Date : first.Keyword == Keywords.Id("TIME") ? LiteralKind.Time : LiteralKind.Timestamp);
        }
        if (first.Kind == TokenKind.Word && first.IsReserved)
        {
            return s_niladic.Contains(first.Keyword) ? new FunctionCall(Keywords.Name(first.Keyword), SqlList<Expression>.Empty) : null!;
        }
        return new ColumnRef(first.Text);
    }

    private static FunctionCall MakeCall(string? schema, string name, WordTail tail) =>
        new(name, tail.Arguments) { Schema = schema, Star = tail.Star, Distinct = tail.Distinct, Over = tail.Over };

    private static Parser<Token, T> Call<T>(string keyword, Parser<Token, T> args) => Kw(keyword).Then(LParen).Then(args).Before(RParen);

    private static readonly Parser<Token, Expression> s_temporalWord =
        Map(BuildWord, new TokenMatch(t => t.Kind == TokenKind.Word), Tok(TokenKind.String).Select(s => new WordTail(WordTailKind.String) { Second = s.Text }).Or(s_wordTail));

    private static readonly Parser<Token, Expression> s_case = Kw("CASE").Then(Map(
        (operand, whens, otherwise) => (Expression)new CaseExpression(operand.OrNull(), ToList(whens), otherwise.OrNull()),
        s_expr.Optional(),
        Map((c, r) => new WhenClause(c, r), Kw("WHEN").Then(s_expr), Kw("THEN").Then(s_expr)).AtLeastOnce(),
        Kw("ELSE").Then(s_expr).Optional())).Before(Kw("END"));

    private static readonly Parser<Token, Expression> s_interval = Kw("INTERVAL").Then(Map(
        (e, unit) => unit.HasValue ? new IntervalExpression(e, unit.Value) : e is RowExpression row ? new FunctionCall("INTERVAL", row.Items) : (Expression)null!,
        s_expr, TimeUnitParser.Optional())).Assert(e => e is not null, "INTERVAL unit");

    private static readonly Parser<Token, Expression> s_parenthesized = LParen.Then(OneOf(
        QueryStart.Then(s_query).Select(q => (Expression)new SubqueryExpression(q)),
        s_exprList.Select(list => list.Count == 1 ? list[0] : new RowExpression(list)))).Before(RParen);

    private static readonly Parser<Token, Expression> s_keywordTerm = new KeywordSwitch<Expression>(
        [
            ("NULL", false, Kw("NULL").ThenReturn<Expression>(Literal.Null)),
            ("TRUE", false, Kw("TRUE").ThenReturn<Expression>(new Literal(SqlValue.True, LiteralKind.Boolean))),
            ("FALSE", false, Kw("FALSE").ThenReturn<Expression>(new Literal(SqlValue.False, LiteralKind.Boolean))),
            ("EXISTS", false, Call("EXISTS", s_query).Select(q => (Expression)new ExistsExpression(q))),
            ("CASE", false, s_case),
            ("INTERVAL", false, s_interval),
            ("ROW", true, Call("ROW", s_exprList).Select(l => (Expression)new RowExpression(l))),
            ("DEFAULT", false, Kw("DEFAULT").Then(s_expr.Between(LParen, RParen).Optional())
                .Select(col => col.HasValue ? new FunctionCall("DEFAULT", SqlList.Of(col.Value)) : (Expression)DefaultValue.Instance)),
            ("DATE", false, s_temporalWord),
            ("TIME", false, s_temporalWord),
            ("TIMESTAMP", false, s_temporalWord),
            ("CAST", true, Call("CAST", Map((e, t) => (Expression)new CastExpression(e, t), s_expr, Kw("AS").Then(TypeGrammar.CastType).Before(Kw("ARRAY").Optional())))),
            ("CONVERT", true, Call("CONVERT", Map((e, f) => f(e), s_expr, OneOf(
                Comma.Then(TypeGrammar.CastType).Select<Func<Expression, Expression>>(t => e => new CastExpression(e, t)),
                Kw("USING").Then(AnyName).Select<Func<Expression, Expression>>(cs => e => new ConvertUsingExpression(e, cs.ToLowerInvariant())))))),
            ("GROUP_CONCAT", true, Call("GROUP_CONCAT", Map(
                (distinct, args, order, sep) => (Expression)new GroupConcatExpression(distinct, args, order, sep.OrNull()),
                Flag(Kw("DISTINCT")), s_exprList, ExpressionGrammar.OptOrderBy, Kw("SEPARATOR").Then(StringLit).Optional()))),
            ("TRIM", true, Call("TRIM", OneOf(
                Map((mode, remove, source) => (Expression)new TrimExpression(mode, remove.OrNull(), source),
                    OneOf(Kw("LEADING").ThenReturn(TrimMode.Leading), Kw("TRAILING").ThenReturn(TrimMode.Trailing), Kw("BOTH").ThenReturn(TrimMode.Both)),
                    s_expr.Optional(), Kw("FROM").Then(s_expr)),
                Map((first, source) => (Expression)(source.HasValue ? new TrimExpression(TrimMode.Default, first, source.Value) : new TrimExpression(TrimMode.Default, null, first)),
                    s_expr, Kw("FROM").Then(s_expr).Optional())))),
            ("SUBSTRING", true, Substring("SUBSTRING")),
            ("SUBSTR", true, Substring("SUBSTR")),
            ("POSITION", true, Call("POSITION", Map((a, b) => (Expression)new FunctionCall("POSITION", SqlList.Of(a, b)), ExpressionGrammar.BitExpr, Kw("IN").Then(s_expr)))),
            ("EXTRACT", true, Call("EXTRACT", Map((u, e) => (Expression)new ExtractExpression(u, e), TimeUnitParser, Kw("FROM").Then(s_expr)))),
            ("TIMESTAMPDIFF", true, UnitCall("TIMESTAMPDIFF")),
            ("TIMESTAMPADD", true, UnitCall("TIMESTAMPADD")),
            ("CHAR", true, Call("CHAR", Map((args, cs) => (Expression)new CharExpression(args, cs.OrNull()?.ToLowerInvariant()), s_exprList, Kw("USING").Then(AnyName).Optional()))),
        ],
        s_wordTerm);

    private static Parser<Token, Expression> Substring(string keyword) => Call(keyword, Map(
        (s, rest) => (Expression)new FunctionCall("SUBSTRING", new SqlList<Expression>(rest.Prepend(s))),
        s_expr,
        OneOf(
            Kw("FROM").Then(Map((from, len) => len.HasValue ? new[] { from, len.Value } : [from], s_expr, Kw("FOR").Then(s_expr).Optional())),
            Comma.Then(s_exprList).Select(l => l.Items.ToArray()))));

    private static Parser<Token, Expression> UnitCall(string keyword) => Call(keyword, Map(
        (u, a, b) => (Expression)new FunctionCall(keyword, SqlList.Of<Expression>(new TimeUnitExpression(u), a, b)),
        TimeUnitParser, Comma.Then(s_expr), Comma.Then(s_expr)));

    private static readonly Parser<Token, Expression> s_literal = Tok(TokenKind.Integer).Or(Tok(TokenKind.Decimal)).Or(new TokenMatch(Literals.IsLiteralToken)).Select(t => (Expression)Literals.FromToken(t));

    private static readonly Parser<Token, Expression> s_systemVariable = Tok(TokenKind.SystemVariable).Select(t => (Expression)SystemVariableFromText(t.Text));

    /// <summary>Splits "session.autocommit" into scope and name.</summary>
    public static SystemVariable SystemVariableFromText(string text)
    {
        var dot = text.IndexOf('.');
        if (dot > 0)
        {
            var scope = text[..dot].ToUpperInvariant() switch
            {
                "GLOBAL" => VariableScope.Global,
                "SESSION" => VariableScope.Session,
                "LOCAL" => VariableScope.Local,
                "PERSIST" => VariableScope.Persist,
                "PERSIST_ONLY" => VariableScope.PersistOnly,
                _ => (VariableScope?)null,
            };
            if (scope is { } s)
            {
                return new SystemVariable(text[(dot + 1)..], s);
            }
        }
        return new SystemVariable(text, VariableScope.Default);
    }

    /// <summary>A term (simple_expr) of the expression grammar.</summary>
    public static readonly Parser<Token, Expression> Term = Peek.ByKind(
        (TokenKind.Integer, s_literal),
        (TokenKind.Decimal, s_literal),
        (TokenKind.Float, s_literal),
        (TokenKind.String, s_literal),
        (TokenKind.HexString, s_literal),
        (TokenKind.HexNumber, s_literal),
        (TokenKind.BitString, s_literal),
        (TokenKind.Parameter, Tok(TokenKind.Parameter).Select(t => (Expression)new Parameter(t.Number))),
        (TokenKind.UserVariable, Map((v, value) => value.HasValue ? new VariableAssignment(v.Text, value.Value) : (Expression)new UserVariable(v.Text),
            Tok(TokenKind.UserVariable), Peek.Optional(t => t.Kind == TokenKind.Assign, Tok(TokenKind.Assign).Then(s_expr)))),
        (TokenKind.SystemVariable, s_systemVariable),
        (TokenKind.LeftParen, s_parenthesized),
        (TokenKind.Word, s_keywordTerm),
        (TokenKind.QuotedIdentifier, s_keywordTerm));
}
