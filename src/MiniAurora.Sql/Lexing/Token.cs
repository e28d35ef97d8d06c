namespace MiniAurora.Sql.Lexing;

/// <summary>
/// One lexical token: a position in <see cref="Source"/> plus what the lexer decoded. Words carry
/// their keyword id (or -1) from <see cref="Keywords"/>; strings and quoted identifiers carry the
/// unescaped text; parameters carry their 0-based index in <see cref="Number"/>.
/// </summary>
internal readonly struct Token
{
    private readonly string? _decoded;

    public Token(TokenKind kind, string source, int start, int length, string? decoded = null, int keyword = -1, int number = 0, string? charset = null)
    {
        Kind = kind;
        Source = source;
        Start = start;
        Length = length;
        _decoded = decoded;
        Keyword = keyword;
        Number = number;
        Charset = charset;
    }

    public TokenKind Kind { get; }

    public string Source { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>Keyword id for words that are in the keyword table, else -1.</summary>
    public int Keyword { get; }

    /// <summary>Placeholder index for <see cref="TokenKind.Parameter"/>.</summary>
    public int Number { get; }

    /// <summary>Introducer charset for strings (<c>_utf8mb4'x'</c>, N'x').</summary>
    public string? Charset { get; }

    public bool IsReserved => Keyword >= 0 && Keywords.IsReserved(Keyword);

    /// <summary>Decoded text: unescaped string, unquoted identifier, variable name, or the raw word/number.</summary>
    public string Text => _decoded ?? Source.Substring(Start, Length);

    public Token WithNumber(int number) => new(Kind, Source, Start, Length, _decoded, Keyword, number, Charset);

    public Token WithText(string decoded, int length) => new(Kind, Source, Start, length, decoded, Keyword, Number, Charset);

    public override string ToString() => Kind == TokenKind.End ? "<end>" : Source.Substring(Start, Length);
}
