using System.Text;

namespace MiniAurora.Sql.Lexing;

/// <summary>
/// Hand-written MySQL lexer over the whole query text. Skips whitespace and comments (<c>#</c>,
/// <c>-- </c>, <c>/* */</c>, optimizer hints <c>/*+ */</c>), lexes the contents of executable
/// comments <c>/*! … */</c> and <c>/*!NNNNN … */</c> (versions up to <see cref="ServerVersion"/>) as code,
/// decodes strings and quoted identifiers, concatenates adjacent string literals, and attaches
/// charset introducers. Lexical errors become one <see cref="TokenKind.Invalid"/> token, so the
/// parser reports 1064 at that spot as MySQL does.
/// </summary>
internal ref struct Lexer
{
    /// <summary>Our version as MySQL encodes it in executable comments (8.0.39).</summary>
    public const int ServerVersion = 80039;

    private readonly string _source;
    private readonly ReadOnlySpan<char> _text;
    private readonly List<Token> _tokens;
    private int _pos;
    private bool _inExecutableComment;
    private string? _pendingCharset;

    private Lexer(string source)
    {
        _source = source;
        _text = source.AsSpan();
        _tokens = new List<Token>(Math.Max(8, source.Length / 4));
        _pos = 0;
        _inExecutableComment = false;
        _pendingCharset = null;
    }

    /// <summary>Tokenizes <paramref name="source"/>; the list always ends with one <see cref="TokenKind.End"/> token.</summary>
    public static List<Token> Tokenize(string source)
    {
        var lexer = new Lexer(source);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (true)
        {
            if (!SkipTrivia())
            {
                Add(TokenKind.Invalid, _pos, _text.Length - _pos);
                break;
            }
            if (_pos >= _text.Length)
            {
                break;
            }
            if (!LexToken())
            {
                break;
            }
        }
        _tokens.Add(new Token(TokenKind.End, _source, _text.Length, 0));
    }

    /// <summary>Skips whitespace and comments; false on an unterminated comment.</summary>
    private bool SkipTrivia()
    {
        var text = _text;
        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if (c == '#')
            {
                SkipLine();
            }
            else if (c == '-' && _pos + 1 < text.Length && text[_pos + 1] == '-'
                && (_pos + 2 == text.Length || char.IsWhiteSpace(text[_pos + 2]) || char.IsControl(text[_pos + 2])))
            {
                SkipLine();
            }
            else if (c == '/' && _pos + 1 < text.Length && text[_pos + 1] == '*')
            {
                if (!SkipBlockComment())
                {
                    return false;
                }
            }
            else if (c == '*' && _inExecutableComment && _pos + 1 < text.Length && text[_pos + 1] == '/')
            {
                _inExecutableComment = false;
                _pos += 2;
            }
            else
            {
                break;
            }
        }
        return true;
    }

    private void SkipLine()
    {
        var end = _text[_pos..].IndexOf('\n');
        _pos = end < 0 ? _text.Length : _pos + end + 1;
    }

    private bool SkipBlockComment()
    {
        var text = _text;
        var start = _pos;
        if (start + 2 < text.Length && text[start + 2] == '!' && !_inExecutableComment)
        {
            // /*!NNNNN …*/ is code for servers at or above version NNNNN (5 or 6 digits).
            var p = start + 3;
            var digits = 0;
            while (p + digits < text.Length && char.IsAsciiDigit(text[p + digits]) && digits < 6)
            {
                digits++;
            }
            var include = true;
            if (digits is 5 or 6)
            {
                include = int.Parse(text.Slice(p, digits)) <= ServerVersion;
                p += digits;
            }
            if (include)
            {
                _inExecutableComment = true;
                _pos = p;
                return true;
            }
        }
        var close = text[(start + 2)..].IndexOf("*/");
        if (close < 0)
        {
            _pos = start;
            return false;
        }
        _pos = start + 2 + close + 2;
        return true;
    }

    private void Add(TokenKind kind, int start, int length, string? decoded = null, int keyword = -1)
    {
        string? charset = null;
        if (_pendingCharset is not null && kind is TokenKind.String or TokenKind.HexString or TokenKind.HexNumber or TokenKind.BitString)
        {
            charset = _pendingCharset;
        }
        _pendingCharset = null;
        _tokens.Add(new Token(kind, _source, start, length, decoded, keyword, 0, charset));
    }

    private bool LexToken()
    {
        var text = _text;
        var start = _pos;
        var c = text[start];
        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        switch (c)
        {
            case '\'':
            case '"':
                return LexString(start, start, c, null);
            case '`':
                return LexQuotedIdentifier(start);
            case '(':
                return Punct(TokenKind.LeftParen, 1);
            case ')':
                return Punct(TokenKind.RightParen, 1);
            case ',':
                return Punct(TokenKind.Comma, 1);
            case ';':
                return Punct(TokenKind.Semicolon, 1);
            case '*':
                return Punct(TokenKind.Star, 1);
            case '+':
                return Punct(TokenKind.Plus, 1);
            case '/':
                return Punct(TokenKind.Slash, 1);
            case '%':
                return Punct(TokenKind.Percent, 1);
            case '^':
                return Punct(TokenKind.Caret, 1);
            case '~':
                return Punct(TokenKind.Tilde, 1);
            case '=':
                return Punct(TokenKind.Equal, 1);
            case '{':
                return Punct(TokenKind.LeftBrace, 1);
            case '}':
                return Punct(TokenKind.RightBrace, 1);
            case '?':
                _tokens.Add(new Token(TokenKind.Parameter, _source, start, 1));
                _pos++;
                return true;
            case '-':
                if (next == '>')
                {
                    return start + 2 < text.Length && text[start + 2] == '>' ? Punct(TokenKind.DoubleArrow, 3) : Punct(TokenKind.Arrow, 2);
                }
                return Punct(TokenKind.Minus, 1);
            case '<':
                if (next == '=')
                {
                    return start + 2 < text.Length && text[start + 2] == '>' ? Punct(TokenKind.NullSafeEqual, 3) : Punct(TokenKind.LessOrEqual, 2);
                }
                return next switch
                {
                    '>' => Punct(TokenKind.NotEqual, 2),
                    '<' => Punct(TokenKind.ShiftLeft, 2),
                    _ => Punct(TokenKind.Less, 1),
                };
            case '>':
                return next switch
                {
                    '=' => Punct(TokenKind.GreaterOrEqual, 2),
                    '>' => Punct(TokenKind.ShiftRight, 2),
                    _ => Punct(TokenKind.Greater, 1),
                };
            case '!':
                return next == '=' ? Punct(TokenKind.NotEqual, 2) : Punct(TokenKind.Bang, 1);
            case ':':
                return next == '=' ? Punct(TokenKind.Assign, 2) : Punct(TokenKind.Colon, 1);
            case '&':
                return next == '&' ? Punct(TokenKind.DoubleAmpersand, 2) : Punct(TokenKind.Ampersand, 1);
            case '|':
                return next == '|' ? Punct(TokenKind.DoublePipe, 2) : Punct(TokenKind.Pipe, 1);
            case '@':
                return LexVariable(start);
            case '.':
                if (char.IsAsciiDigit(next) && !AfterIdentifier(start))
                {
                    return LexNumber(start);
                }
                return Punct(TokenKind.Dot, 1);
        }
        if (char.IsAsciiDigit(c))
        {
            return LexNumber(start);
        }
        if (IsIdentifierChar(c))
        {
            return LexWord(start);
        }
        Add(TokenKind.Invalid, start, text.Length - start);
        return false;
    }

    private bool Punct(TokenKind kind, int length)
    {
        Add(kind, _pos, length);
        _pos += length;
        return true;
    }

    private readonly bool AfterIdentifier(int dotPosition)
    {
        if (_tokens.Count == 0)
        {
            return false;
        }
        var last = _tokens[^1];
        return last.End == dotPosition && last.Kind is TokenKind.Word or TokenKind.QuotedIdentifier;
    }

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7F;

    private bool LexWord(int start)
    {
        var text = _text;
        var c = text[start];
        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        if (next == '\'')
        {
            switch (c)
            {
                case 'x' or 'X':
                    return LexHexOrBitString(start, TokenKind.HexString);
                case 'b' or 'B':
                    return LexHexOrBitString(start, TokenKind.BitString);
                case 'n' or 'N':
                    _pendingCharset = "utf8mb3";
                    return LexString(start, start + 1, '\'', "utf8mb3");
            }
        }
        var end = start;
        while (end < text.Length && IsIdentifierChar(text[end]))
        {
            end++;
        }
        var word = text[start..end];
        _pos = end;
        if (word[0] == '_' && word.Length > 1 && IsIntroducerCharset(word[1..]))
        {
            var p = end;
            while (p < text.Length && char.IsWhiteSpace(text[p]))
            {
                p++;
            }
            if (p < text.Length && (text[p] is '\'' or '"' || (p + 1 < text.Length && text[p] is 'x' or 'X' or 'b' or 'B' && text[p + 1] == '\'') || (p + 1 < text.Length && text[p] == '0' && text[p + 1] is 'x' or 'b')))
            {
                _pendingCharset = word[1..].ToString().ToLowerInvariant();
                _pos = p;
                return true;
            }
        }
        Add(TokenKind.Word, start, end - start, null, Keywords.Lookup(word));
        return true;
    }

    private static bool IsIntroducerCharset(ReadOnlySpan<char> name) =>
        name.Equals("utf8mb4", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8mb3", StringComparison.OrdinalIgnoreCase)
        || name.Equals("utf8", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase)
        || name.Equals("binary", StringComparison.OrdinalIgnoreCase) || name.Equals("ascii", StringComparison.OrdinalIgnoreCase)
        || name.Equals("ucs2", StringComparison.OrdinalIgnoreCase) || name.Equals("utf16", StringComparison.OrdinalIgnoreCase)
        || name.Equals("utf32", StringComparison.OrdinalIgnoreCase) || name.Equals("cp1251", StringComparison.OrdinalIgnoreCase)
        || name.Equals("gbk", StringComparison.OrdinalIgnoreCase) || name.Equals("big5", StringComparison.OrdinalIgnoreCase);

    private bool LexHexOrBitString(int start, TokenKind kind)
    {
        var text = _text;
        var close = text[(start + 2)..].IndexOf('\'');
        if (close < 0)
        {
            Add(TokenKind.Invalid, start, text.Length - start);
            return false;
        }
        var body = text.Slice(start + 2, close);
        var valid = kind == TokenKind.HexString
            ? body.Length % 2 == 0 && !body.ContainsAnyExcept("0123456789abcdefABCDEF")
            : !body.ContainsAnyExcept("01");
        if (!valid)
        {
            Add(TokenKind.Invalid, start, text.Length - start);
            return false;
        }
        Add(kind, start, close + 3, body.ToString());
        _pos = start + close + 3;
        return true;
    }

    private bool LexNumber(int start)
    {
        var text = _text;
        var p = start;
        if (text[p] == '0' && p + 1 < text.Length && text[p + 1] is 'x' or 'b')
        {
            var isHex = text[p + 1] == 'x';
            var q = p + 2;
            while (q < text.Length && (isHex ? char.IsAsciiHexDigit(text[q]) : text[q] is '0' or '1'))
            {
                q++;
            }
            if (q > p + 2 && (q == text.Length || !IsIdentifierChar(text[q])))
            {
                Add(isHex ? TokenKind.HexNumber : TokenKind.BitString, start, q - start, text[(p + 2)..q].ToString());
                _pos = q;
                return true;
            }
            return LexWord(start);
        }
        while (p < text.Length && char.IsAsciiDigit(text[p]))
        {
            p++;
        }
        var kind = TokenKind.Integer;
        if (p < text.Length && text[p] == '.')
        {
            kind = TokenKind.Decimal;
            p++;
            while (p < text.Length && char.IsAsciiDigit(text[p]))
            {
                p++;
            }
        }
        if (p < text.Length && text[p] is 'e' or 'E')
        {
            var q = p + 1;
            if (q < text.Length && text[q] is '+' or '-')
            {
                q++;
            }
            if (q < text.Length && char.IsAsciiDigit(text[q]))
            {
                while (q < text.Length && char.IsAsciiDigit(text[q]))
                {
                    q++;
                }
                kind = TokenKind.Float;
                p = q;
            }
        }
        if (kind == TokenKind.Integer && p < text.Length && IsIdentifierChar(text[p]))
        {
            // MySQL accepts identifiers that start with digits (e.g. 1st_table).
            return LexWord(start);
        }
        Add(kind, start, p - start);
        _pos = p;
        return true;
    }

    private bool LexString(int tokenStart, int quotePos, char quote, string? charset)
    {
        var text = _text;
        StringBuilder? sb = null;
        var p = quotePos + 1;
        var segmentStart = p;
        while (true)
        {
            if (p >= text.Length)
            {
                _pendingCharset = null;
                Add(TokenKind.Invalid, tokenStart, text.Length - tokenStart);
                return false;
            }
            var c = text[p];
            if (c == quote)
            {
                if (p + 1 < text.Length && text[p + 1] == quote)
                {
                    sb ??= new StringBuilder();
                    sb.Append(text[segmentStart..(p + 1)]);
                    p += 2;
                    segmentStart = p;
                    continue;
                }
                break;
            }
            if (c == '\\' && p + 1 < text.Length)
            {
                sb ??= new StringBuilder();
                sb.Append(text[segmentStart..p]);
                var e = text[p + 1];
                switch (e)
                {
                    case '0': sb.Append('\0'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'Z': sb.Append('\x1A'); break;
                    // \% and \_ keep their backslash so LIKE sees an escaped wildcard (MySQL manual, "String Literals").
                    case '%': sb.Append("\\%"); break;
                    case '_': sb.Append("\\_"); break;
                    default: sb.Append(e); break;
                }
                p += 2;
                segmentStart = p;
                continue;
            }
            p++;
        }
        string value;
        if (sb is null)
        {
            value = text[segmentStart..p].ToString();
        }
        else
        {
            sb.Append(text[segmentStart..p]);
            value = sb.ToString();
        }
        var end = p + 1;
        _pos = end;
        // Adjacent literals concatenate: 'a' 'b' is 'ab' (only the first may carry an introducer).
        if (charset is null && _pendingCharset is null && _tokens.Count > 0 && _tokens[^1].Kind == TokenKind.String)
        {
            var previous = _tokens[^1];
            _tokens[^1] = previous.WithText(previous.Text + value, end - previous.Start);
            return true;
        }
        Add(TokenKind.String, tokenStart, end - tokenStart, value);
        return true;
    }

    private bool LexQuotedIdentifier(int start)
    {
        var text = _text;
        StringBuilder? sb = null;
        var p = start + 1;
        var segmentStart = p;
        while (true)
        {
            if (p >= text.Length)
            {
                Add(TokenKind.Invalid, start, text.Length - start);
                return false;
            }
            if (text[p] == '`')
            {
                if (p + 1 < text.Length && text[p + 1] == '`')
                {
                    sb ??= new StringBuilder();
                    sb.Append(text[segmentStart..(p + 1)]);
                    p += 2;
                    segmentStart = p;
                    continue;
                }
                break;
            }
            p++;
        }
        string value;
        if (sb is null)
        {
            value = text[segmentStart..p].ToString();
        }
        else
        {
            sb.Append(text[segmentStart..p]);
            value = sb.ToString();
        }
        Add(TokenKind.QuotedIdentifier, start, p + 1 - start, value);
        _pos = p + 1;
        return true;
    }

    private bool LexVariable(int start)
    {
        var text = _text;
        var p = start + 1;
        var kind = TokenKind.UserVariable;
        if (p < text.Length && text[p] == '@')
        {
            kind = TokenKind.SystemVariable;
            p++;
        }
        if (p < text.Length && text[p] is '\'' or '"' or '`')
        {
            var quote = text[p];
            var close = text[(p + 1)..].IndexOf(quote);
            if (close < 0)
            {
                Add(TokenKind.Invalid, start, text.Length - start);
                return false;
            }
            Add(kind, start, close + 2 + (p - start), text.Slice(p + 1, close).ToString());
            _pos = p + close + 2;
            return true;
        }
        var q = p;
        while (q < text.Length && (IsIdentifierChar(text[q]) || text[q] == '.'))
        {
            q++;
        }
        if (q == p)
        {
            if (kind == TokenKind.SystemVariable)
            {
                // MySQL reports the error after '@@' (near '' for "SELECT @@").
                Add(TokenKind.Invalid, q, text.Length - q);
                return false;
            }
            return Punct(TokenKind.At, 1);
        }
        Add(kind, start, q - start, text[p..q].ToString());
        _pos = q;
        return true;
    }
}
