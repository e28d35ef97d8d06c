using MiniAurora.Sql.Lexing;
using Pidgin;

namespace MiniAurora.Sql.Parsing;

/// <summary>
/// Optional and repeated clauses decided by peeking at the next token. Pidgin's Optional()/Many()
/// find out that a clause is absent by running it and letting it fail, and a failure costs about as
/// much as parsing a whole term; an SQL statement probes a dozen absent clauses (WHERE, GROUP BY,
/// LIMIT, aliases, joins…), so these combinators only run the clause when its first token matches.
/// </summary>
internal static class Peek
{
    /// <summary>Like <c>p.Optional()</c>, but <paramref name="p"/> runs only when the next token satisfies <paramref name="first"/>.</summary>
    public static Parser<Token, Maybe<T>> Optional<T>(Func<Token, bool> first, Parser<Token, T> p) => new PeekOptional<T>(first, p);

    /// <summary>Optional clause introduced by a keyword (the parser itself starts with that keyword).</summary>
    public static Parser<Token, Maybe<T>> IfKeyword<T>(string keyword, Parser<Token, T> p)
    {
        var id = Keywords.Id(keyword);
        return new PeekOptional<T>(t => t.Keyword == id, p);
    }

    /// <summary>Like <c>p.Many()</c>, with the same peek before each item.</summary>
    public static Parser<Token, IEnumerable<T>> Many<T>(Func<Token, bool> first, Parser<Token, T> p) => new PeekMany<T>(first, p);

    /// <summary>True for a word that is one of the given keywords.</summary>
    public static Func<Token, bool> AnyKeyword(params string[] keywords)
    {
        var ids = new bool[Keywords.Count];
        foreach (var k in keywords)
        {
            ids[Keywords.Id(k)] = true;
        }
        return t => t.Keyword >= 0 && ids[t.Keyword];
    }

    /// <summary>Dispatches on the next token's kind (left-factoring by table); no match fails without consuming.</summary>
    public static Parser<Token, T> ByKind<T>(params (TokenKind Kind, Parser<Token, T> Parser)[] entries) => new KindSwitch<T>(entries);

    private sealed class KindSwitch<T> : Parser<Token, T>
    {
        private readonly Parser<Token, T>?[] _byKind = new Parser<Token, T>?[256];

        public KindSwitch((TokenKind Kind, Parser<Token, T> Parser)[] entries)
        {
            foreach (var (kind, parser) in entries)
            {
                _byKind[(int)kind] = parser;
            }
        }

        public override bool TryParse(ref ParseState<Token> state, ref PooledList<Expected<Token>> expecteds, out T result)
        {
            if (state.HasCurrent && _byKind[(int)state.Current.Kind] is { } parser)
            {
                return parser.TryParse(ref state, ref expecteds, out result!);
            }
            if (state.HasCurrent)
            {
                state.SetError(Maybe.Just(state.Current), false, state.Location, null);
            }
            else
            {
                state.SetError(Maybe.Nothing<Token>(), true, state.Location, null);
            }
            result = default!;
            return false;
        }
    }

    private sealed class PeekOptional<T>(Func<Token, bool> first, Parser<Token, T> parser) : Parser<Token, Maybe<T>>
    {
        public override bool TryParse(ref ParseState<Token> state, ref PooledList<Expected<Token>> expecteds, out Maybe<T> result)
        {
            if (state.HasCurrent && first(state.Current))
            {
                if (parser.TryParse(ref state, ref expecteds, out var value))
                {
                    result = Maybe.Just(value);
                    return true;
                }
                result = default;
                return false;
            }
            result = Maybe.Nothing<T>();
            return true;
        }
    }

    private sealed class PeekMany<T>(Func<Token, bool> first, Parser<Token, T> parser) : Parser<Token, IEnumerable<T>>
    {
        public override bool TryParse(ref ParseState<Token> state, ref PooledList<Expected<Token>> expecteds, out IEnumerable<T> result)
        {
            List<T>? items = null;
            while (state.HasCurrent && first(state.Current))
            {
                if (!parser.TryParse(ref state, ref expecteds, out var value))
                {
                    result = [];
                    return false;
                }
                (items ??= []).Add(value);
            }
            result = items ?? (IEnumerable<T>)[];
            return true;
        }
    }
}
