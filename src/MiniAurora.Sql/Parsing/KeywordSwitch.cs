using MiniAurora.Sql.Lexing;
using Pidgin;

namespace MiniAurora.Sql.Parsing;

/// <summary>
/// Left-factoring by table (ARCHITECTURE.md B6): looks at the current word's keyword id and runs the
/// one parser registered for it, instead of trying alternatives in turn. An entry may require the
/// next token to be '(' (function-call syntaxes such as COUNT(…) whose names are also valid
/// identifiers). Unmatched input goes to the fallback, without consuming anything.
/// </summary>
internal sealed class KeywordSwitch<T> : Parser<Token, T>
{
    private readonly Parser<Token, T>?[] _byKeyword;
    private readonly bool[] _needsParen;
    private readonly Parser<Token, T> _fallback;

    public KeywordSwitch(IEnumerable<(string Keyword, bool NeedsParen, Parser<Token, T> Parser)> entries, Parser<Token, T> fallback)
    {
        _byKeyword = new Parser<Token, T>?[Keywords.Count];
        _needsParen = new bool[Keywords.Count];
        foreach (var (keyword, needsParen, parser) in entries)
        {
            var id = Keywords.Id(keyword);
            _byKeyword[id] = parser;
            _needsParen[id] = needsParen;
        }
        _fallback = fallback;
    }

    public override bool TryParse(ref ParseState<Token> state, ref PooledList<Expected<Token>> expecteds, out T result)
    {
        if (state.HasCurrent)
        {
            var current = state.Current;
            if (current.Kind == TokenKind.Word && current.Keyword >= 0 && _byKeyword[current.Keyword] is { } parser)
            {
                if (!_needsParen[current.Keyword])
                {
                    return parser.TryParse(ref state, ref expecteds, out result!);
                }
                var ahead = state.LookAhead(2);
                if (ahead.Length == 2 && ahead[1].Kind == TokenKind.LeftParen)
                {
                    return parser.TryParse(ref state, ref expecteds, out result!);
                }
            }
        }
        return _fallback.TryParse(ref state, ref expecteds, out result!);
    }
}
