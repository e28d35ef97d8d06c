using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>Token-level building blocks shared by every grammar family.</summary>
internal static class TokenParsers
{
    public static Parser<Token, Token> Tok(TokenKind kind) => new TokenMatch(t => t.Kind == kind);

    /// <summary>A keyword (reserved or not); labelled with its name for error messages.</summary>
    public static Parser<Token, Token> Kw(string word)
    {
        var id = Keywords.Id(word);
        return new TokenMatch(t => t.Keyword == id);
    }

    /// <summary>Any of several keywords; result is the canonical upper-case keyword.</summary>
    public static Parser<Token, string> Kws(params string[] words)
    {
        var ids = words.Select(Keywords.Id).ToArray();
        return new TokenMatch(t => t.Keyword >= 0 && Array.IndexOf(ids, t.Keyword) >= 0).Select(t => Keywords.Name(t.Keyword));
    }

    /// <summary>Keyword sequence such as "ORDER BY".</summary>
    public static Parser<Token, Unit> Kw2(string first, string second) => Kw(first).Then(Kw(second)).IgnoreResult();

    public static readonly Parser<Token, Token> LParen = Tok(TokenKind.LeftParen);
    public static readonly Parser<Token, Token> RParen = Tok(TokenKind.RightParen);
    public static readonly Parser<Token, Token> Comma = Tok(TokenKind.Comma);
    public static readonly Parser<Token, Token> Dot = Tok(TokenKind.Dot);
    public static readonly Parser<Token, Token> Star = Tok(TokenKind.Star);
    public static readonly Parser<Token, Token> Equal = Tok(TokenKind.Equal);

    /// <summary>'=' or ':=' (SET, UPDATE assignments).</summary>
    public static readonly Parser<Token, Token> EqualOrAssign = new TokenMatch(t => t.Kind is TokenKind.Equal or TokenKind.Assign);

    /// <summary>An identifier: backquoted, or an unquoted word that is not a reserved keyword.</summary>
    public static readonly Parser<Token, string> Ident =
        new TokenMatch(t => t.Kind == TokenKind.QuotedIdentifier || (t.Kind == TokenKind.Word && !t.IsReserved))
            .Select(t => t.Text);

    /// <summary>Identifier after a dot, where MySQL also accepts reserved words (t.order).</summary>
    public static readonly Parser<Token, string> IdentAfterDot =
        new TokenMatch(t => t.Kind is TokenKind.QuotedIdentifier or TokenKind.Word).Select(t => t.Text);

    public static readonly Parser<Token, string> StringLit = Tok(TokenKind.String).Select(t => t.Text);

    /// <summary>Identifier or string (aliases, charset names, user names).</summary>
    public static readonly Parser<Token, string> IdentOrString =
        new TokenMatch(t => t.Kind is TokenKind.QuotedIdentifier or TokenKind.String || (t.Kind == TokenKind.Word && !t.IsReserved))
            .Select(t => t.Text);

    /// <summary>A name where any word is fine (charset, collation, engine, option values).</summary>
    public static readonly Parser<Token, string> AnyName =
        new TokenMatch(t => t.Kind is TokenKind.QuotedIdentifier or TokenKind.String or TokenKind.Word).Select(t => t.Text);

    public static readonly Parser<Token, int> IntLit = Tok(TokenKind.Integer).Select(t => int.Parse(t.Text, System.Globalization.CultureInfo.InvariantCulture));

    public static readonly Parser<Token, ObjectName> QualifiedName =
        Map((first, second) => second.HasValue ? new ObjectName(first, second.Value) : new ObjectName(null, first),
            Ident, Dot.Then(IdentAfterDot).Optional());

    public static readonly Parser<Token, SqlList<string>> IdentList = Ident.SeparatedAtLeastOnce(Comma).Select(ToList);

    public static readonly Parser<Token, SqlList<string>> ParenIdentList = IdentList.Between(LParen, RParen);

    public static readonly Parser<Token, SqlList<ObjectName>> QualifiedNameList = QualifiedName.SeparatedAtLeastOnce(Comma).Select(ToList);

    public static readonly Parser<Token, bool> IfExists = Kw("IF").Then(Kw("EXISTS")).ThenReturn(true).Or(Parser<Token>.Return(false));

    public static readonly Parser<Token, bool> IfNotExists = Kw("IF").Then(Kw("NOT")).Then(Kw("EXISTS")).ThenReturn(true).Or(Parser<Token>.Return(false));

    /// <summary>Optional '=' in option lists (ENGINE = x / ENGINE x).</summary>
    public static readonly Parser<Token, Unit> OptEqual = Equal.Optional().IgnoreResult();

    /// <summary>Succeeds without consuming when a query (SELECT or WITH) starts here.</summary>
    public static readonly Parser<Token, Unit> QueryStart = Lookahead(OneOf(Kw("SELECT"), Kw("WITH"))).IgnoreResult();

    public static Parser<Token, bool> Flag(Parser<Token, Token> p) => p.ThenReturn(true).Or(Parser<Token>.Return(false));

    public static Parser<Token, bool> Flag<TAny>(Parser<Token, TAny> p) => p.ThenReturn(true).Or(Parser<Token>.Return(false));

    public static SqlList<TItem> ToList<TItem>(IEnumerable<TItem> items) => new(items);

    public static T? OrNull<T>(this Maybe<T> maybe)
        where T : class => maybe.HasValue ? maybe.Value : null;
}
