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
/// Expression entry points. Operators and their precedence live in <see cref="OperatorParser"/>,
/// terms in <see cref="FunctionGrammar"/>; <c>:=</c> (lowest) is parsed where a user variable is the term.
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
        Map((e, dir) => new OrderItem(e, dir.HasValue && dir.Value == "DESC"), Expr, Peek.Optional(Peek.AnyKeyword("ASC", "DESC"), Kws("ASC", "DESC")));

    public static readonly Parser<Token, SqlList<OrderItem>> OrderBy =
        Kw2("ORDER", "BY").Then(OrderItem.SeparatedAtLeastOnce(Comma)).Select(ToList);

    public static readonly Parser<Token, SqlList<OrderItem>> OptOrderBy =
        Peek.IfKeyword("ORDER", OrderBy).Select(m => m.HasValue ? m.Value : SqlList<OrderItem>.Empty);

    private static readonly Parser<Token, Expression> s_bitExpr = new OperatorParser(bitOnly: true);

    private static readonly Parser<Token, Expression> s_expr = new OperatorParser(bitOnly: false);
}
