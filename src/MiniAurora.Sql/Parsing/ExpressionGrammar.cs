using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;
using MiniAurora.Sql.Lexing;
using Pidgin;
using Pidgin.Expression;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>
/// Expressions with MySQL's operator precedence (manual, "Operator Precedence"), lowest first:
/// <c>OR ||</c>; <c>XOR</c>; <c>AND &amp;&amp;</c>; <c>NOT</c>; comparison/IS (left-assoc loop, with
/// ANY/ALL); predicates <c>[NOT] IN/BETWEEN/LIKE/REGEXP, MEMBER OF</c>; then the bit_expr table
/// <c>| &amp; &lt;&lt; &gt;&gt; + - * / DIV % MOD ^</c>, unary <c>- + ~ ! BINARY</c>, postfix
/// <c>COLLATE -&gt; -&gt;&gt;</c>; and the terms in <see cref="FunctionGrammar"/>. <c>:=</c> (lowest) is
/// parsed where a user variable is the term.
/// </summary>
internal static class ExpressionGrammar
{
    /// <summary>A full expression.</summary>
    public static readonly Parser<Token, Expression> Expr = Rec(() => s_expr!);

    /// <summary>The bit_expr level: arithmetic and bit operators, no predicates or comparisons (BETWEEN bounds, POSITION).</summary>
    public static readonly Parser<Token, Expression> BitExpr = Rec(() => s_bitExpr!);

    public static readonly Parser<Token, SqlList<Expression>> ExprList = Expr.SeparatedAtLeastOnce(Comma).Select(ToList);

    public static readonly Parser<Token, QueryExpression> Query = Rec(() => SelectGrammar.Query);

    public static readonly Parser<Token, OrderItem> OrderItem =
        Map((e, dir) => new OrderItem(e, dir.HasValue && dir.Value == "DESC"), Expr, Kws("ASC", "DESC").Optional());

    public static readonly Parser<Token, SqlList<OrderItem>> OrderBy =
        Kw2("ORDER", "BY").Then(OrderItem.SeparatedAtLeastOnce(Comma)).Select(ToList);

    public static readonly Parser<Token, SqlList<OrderItem>> OptOrderBy =
        OrderBy.Or(Parser<Token>.Return(SqlList<OrderItem>.Empty));

    private static Parser<Token, Func<Expression, Expression, Expression>> Bin(Parser<Token, Token> op, BinaryOperator kind) =>
        op.ThenReturn<Func<Expression, Expression, Expression>>((l, r) => new BinaryExpression(kind, l, r));

    private static Parser<Token, Func<Expression, Expression>> Unary(Parser<Token, Token> op, UnaryOperator kind) =>
        op.ThenReturn<Func<Expression, Expression>>(e => kind == UnaryOperator.Negate && e is Literal lit && Literals.Negate(lit) is { } folded
            ? folded
            : new UnaryExpression(kind, e));

    private static readonly Parser<Token, Func<Expression, Expression>> s_postfix = OneOf(
        Kw("COLLATE").Then(AnyName).Select<Func<Expression, Expression>>(name => e => new CollateExpression(e, name)),
        Tok(TokenKind.Arrow).Then(Tok(TokenKind.String)).Select<Func<Expression, Expression>>(t => e => new BinaryExpression(BinaryOperator.JsonExtract, e, Literals.FromToken(t))),
        Tok(TokenKind.DoubleArrow).Then(Tok(TokenKind.String)).Select<Func<Expression, Expression>>(t => e => new BinaryExpression(BinaryOperator.JsonUnquoteExtract, e, Literals.FromToken(t))));

    private static readonly Parser<Token, Expression> s_bitExpr = ExpressionParser.Build(
        FunctionGrammar.Term,
        [
            Operator.PostfixChainable(s_postfix),
            Operator.PrefixChainable(
                Unary(Tok(TokenKind.Minus), UnaryOperator.Negate),
                Unary(Tok(TokenKind.Plus), UnaryOperator.Plus),
                Unary(Tok(TokenKind.Tilde), UnaryOperator.BitNot),
                Unary(Tok(TokenKind.Bang), UnaryOperator.Not),
                Unary(Kw("BINARY"), UnaryOperator.Binary)),
            Operator.InfixL(Bin(Tok(TokenKind.Caret), BinaryOperator.BitXor)),
            Operator.InfixL(OneOf(
                Bin(Star, BinaryOperator.Multiply),
                Bin(Tok(TokenKind.Slash), BinaryOperator.Divide),
                Bin(Kw("DIV"), BinaryOperator.IntegerDivide),
                Bin(Tok(TokenKind.Percent), BinaryOperator.Modulo),
                Bin(Kw("MOD"), BinaryOperator.Modulo))),
            Operator.InfixL(OneOf(Bin(Tok(TokenKind.Plus), BinaryOperator.Add), Bin(Tok(TokenKind.Minus), BinaryOperator.Subtract))),
            Operator.InfixL(OneOf(Bin(Tok(TokenKind.ShiftLeft), BinaryOperator.ShiftLeft), Bin(Tok(TokenKind.ShiftRight), BinaryOperator.ShiftRight))),
            Operator.InfixL(Bin(Tok(TokenKind.Ampersand), BinaryOperator.BitAnd)),
            Operator.InfixL(Bin(Tok(TokenKind.Pipe), BinaryOperator.BitOr)),
        ]).Labelled("expression");

    private static Parser<Token, Func<Expression, Expression>> PredicateTail(bool not) => OneOf(
        Kw("IN").Then(LParen).Then(OneOf(
            QueryStart.Then(Query).Select<Func<Expression, Expression>>(q => e => new InSubqueryExpression(e, q, not)),
            ExprList.Select<Func<Expression, Expression>>(list => e => new InListExpression(e, list, not)))).Before(RParen),
        Kw("BETWEEN").Then(Map<Token, Expression, Expression, Func<Expression, Expression>>(
            (low, high) => e => new BetweenExpression(e, low, high, not), BitExpr, Kw("AND").Then(Rec(() => s_predicate!)))),
        Kw("LIKE").Then(Map<Token, Expression, Maybe<Expression>, Func<Expression, Expression>>(
            (pattern, escape) => e => new LikeExpression(e, pattern, escape.HasValue ? escape.Value : null, not), BitExpr, Kw("ESCAPE").Then(BitExpr).Optional())),
        Kws("REGEXP", "RLIKE").Then(BitExpr).Select<Func<Expression, Expression>>(pattern => e => new RegexpExpression(e, pattern, not)));

    private static readonly Parser<Token, Func<Expression, Expression>> s_predicateTail = OneOf(
        Kw("NOT").Then(PredicateTail(true)),
        PredicateTail(false),
        Kw("MEMBER").Then(Kw("OF").Optional()).Then(LParen).Then(Expr).Before(RParen).Select<Func<Expression, Expression>>(json => e => new MemberOfExpression(e, json)),
        Kw("SOUNDS").Then(Kw("LIKE")).Then(BitExpr).Select<Func<Expression, Expression>>(other =>
            e => new BinaryExpression(BinaryOperator.Equal, new FunctionCall("SOUNDEX", SqlList.Of(e)), new FunctionCall("SOUNDEX", SqlList.Of(other)))));

    private static readonly Parser<Token, Expression> s_predicate =
        Map((e, tail) => tail.HasValue ? tail.Value(e) : e, s_bitExpr, s_predicateTail.Optional());

    private static readonly Parser<Token, BinaryOperator> s_comparison = OneOf(
        Tok(TokenKind.Equal).ThenReturn(BinaryOperator.Equal),
        Tok(TokenKind.NullSafeEqual).ThenReturn(BinaryOperator.NullSafeEqual),
        Tok(TokenKind.NotEqual).ThenReturn(BinaryOperator.NotEqual),
        Tok(TokenKind.Less).ThenReturn(BinaryOperator.Less),
        Tok(TokenKind.LessOrEqual).ThenReturn(BinaryOperator.LessOrEqual),
        Tok(TokenKind.Greater).ThenReturn(BinaryOperator.Greater),
        Tok(TokenKind.GreaterOrEqual).ThenReturn(BinaryOperator.GreaterOrEqual));

    private static readonly Parser<Token, Quantifier> s_quantifier =
        Try(Kws("ANY", "SOME", "ALL").Before(LParen)).Select(k => k == "ALL" ? Quantifier.All : Quantifier.Any);

    private static readonly Parser<Token, Func<Expression, Expression>> s_comparisonTail = Map(
        (op, rhs) => rhs(op),
        s_comparison,
        OneOf(
            Map<Token, Quantifier, QueryExpression, Func<BinaryOperator, Func<Expression, Expression>>>(
                (q, query) => op => left => new QuantifiedComparison(op, left, q, query), s_quantifier, Query.Before(RParen)),
            s_predicate.Select<Func<BinaryOperator, Func<Expression, Expression>>>(right => op => left => new BinaryExpression(op, left, right))));

    private static readonly Parser<Token, Func<Expression, Expression>> s_isTail = Kw("IS").Then(Map<Token, bool, IsTest, Func<Expression, Expression>>(
        (not, test) => e => new IsExpression(e, test, not),
        Flag(Kw("NOT")),
        OneOf(Kw("NULL").ThenReturn(IsTest.Null), Kw("TRUE").ThenReturn(IsTest.True), Kw("FALSE").ThenReturn(IsTest.False), Kw("UNKNOWN").ThenReturn(IsTest.Unknown))));

    private static readonly Parser<Token, Expression> s_booleanPrimary = Map(
        (first, tails) =>
        {
            var e = first;
            foreach (var tail in tails)
            {
                e = tail(e);
            }
            return e;
        },
        s_predicate,
        OneOf(s_comparisonTail, s_isTail).Many());

    private static readonly Parser<Token, Expression> s_expr = ExpressionParser.Build(
        s_booleanPrimary,
        [
            Operator.PrefixChainable(Unary(Kw("NOT"), UnaryOperator.Not)),
            Operator.InfixL(OneOf(Bin(Kw("AND"), BinaryOperator.And), Bin(Tok(TokenKind.DoubleAmpersand), BinaryOperator.And))),
            Operator.InfixL(Bin(Kw("XOR"), BinaryOperator.Xor)),
            Operator.InfixL(OneOf(Bin(Kw("OR"), BinaryOperator.Or), Bin(Tok(TokenKind.DoublePipe), BinaryOperator.Or))),
        ]).Labelled("expression");
}
