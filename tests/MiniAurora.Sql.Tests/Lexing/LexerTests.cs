using MiniAurora.Sql.Lexing;

namespace MiniAurora.Sql.Tests.Lexing;

[TestFixture]
internal sealed class LexerTests
{
    private static List<Token> Lex(string sql) => Lexer.Tokenize(sql)[..^1];

    [TestCase("SELECT 1 # comment\n", 2)]
    [TestCase("SELECT 1 -- comment", 2)]
    [TestCase("SELECT 1 --x", 5)]
    [TestCase("SELECT /* c */ 1", 2)]
    [TestCase("SELECT /*+ BKA(t) */ 1", 2)]
    [TestCase("SELECT 1 /*!80000 + 2 */", 4)]
    [TestCase("SELECT 1 /*!90000 + 2 */", 2)]
    [TestCase("SELECT 1 /*! + 2 */", 4)]
    public void Tokenize_Comments_SkippedOrLexedAsCode(string sql, int expectedTokens)
    {
        Assert.That(Lex(sql), Has.Count.EqualTo(expectedTokens));
    }

    [TestCase("'a''b'", "a'b")]
    [TestCase("\"a\"\"b\"", "a\"b")]
    [TestCase(@"'a\nb\tc\0\\\'\Z'", "a\nb\tc\0\\'\x1A")]
    [TestCase(@"'50\%'", @"50\%")]
    [TestCase("'a' 'b'  \"c\"", "abc")]
    [TestCase(@"'\x'", "x")]
    public void Tokenize_String_Unescapes(string sql, string expected)
    {
        var tokens = Lex(sql);
        Assert.That(tokens, Has.Count.EqualTo(1));
        Assert.That(tokens[0].Kind, Is.EqualTo(TokenKind.String));
        Assert.That(tokens[0].Text, Is.EqualTo(expected));
    }

    [Test]
    public void Tokenize_Introducer_AttachesCharset()
    {
        var tokens = Lex("_utf8mb4 'x' N'y' _binary X'41'");
        Assert.That(tokens.Select(t => (t.Kind, t.Charset)), Is.EqualTo(new[]
        {
            (TokenKind.String, (string?)"utf8mb4"),
            (TokenKind.String, (string?)"utf8mb3"),
            (TokenKind.HexString, (string?)"binary"),
        }));
    }

    [TestCase("`a``b`", "a`b")]
    [TestCase("`select`", "select")]
    public void Tokenize_QuotedIdentifier_Unquotes(string sql, string expected)
    {
        var token = Lex(sql).Single();
        Assert.That(token.Kind, Is.EqualTo(TokenKind.QuotedIdentifier));
        Assert.That(token.Text, Is.EqualTo(expected));
    }

    [TestCase("123", TokenKind.Integer)]
    [TestCase("1.5", TokenKind.Decimal)]
    [TestCase(".5", TokenKind.Decimal)]
    [TestCase("1e3", TokenKind.Float)]
    [TestCase("1.5E-3", TokenKind.Float)]
    [TestCase("0x1F", TokenKind.HexNumber)]
    [TestCase("X'1F'", TokenKind.HexString)]
    [TestCase("b'101'", TokenKind.BitString)]
    [TestCase("0b101", TokenKind.BitString)]
    [TestCase("1abc", TokenKind.Word)]
    [TestCase("?", TokenKind.Parameter)]
    [TestCase("@x", TokenKind.UserVariable)]
    [TestCase("@'x y'", TokenKind.UserVariable)]
    [TestCase("@@session.autocommit", TokenKind.SystemVariable)]
    [TestCase("<=>", TokenKind.NullSafeEqual)]
    [TestCase("->>", TokenKind.DoubleArrow)]
    [TestCase(":=", TokenKind.Assign)]
    [TestCase("'unterminated", TokenKind.Invalid)]
    [TestCase("X'1'", TokenKind.Invalid)]
    public void Tokenize_SingleToken_HasKind(string sql, TokenKind kind)
    {
        Assert.That(Lex(sql)[0].Kind, Is.EqualTo(kind));
    }

    [Test]
    public void Tokenize_Keywords_CaseInsensitiveWithReservedFlag()
    {
        var tokens = Lex("select Status fRoM");
        Assert.That(tokens.Select(t => t.IsReserved), Is.EqualTo(new[] { true, false, true }));
        Assert.That(tokens[1].Text, Is.EqualTo("Status"));
    }

    [Test]
    public void Tokenize_QualifiedNameWithDigits_KeepsDot()
    {
        var tokens = Lex("t.1c");
        Assert.That(tokens.Select(t => t.Kind), Is.EqualTo(new[] { TokenKind.Word, TokenKind.Dot, TokenKind.Word }));
    }
}
