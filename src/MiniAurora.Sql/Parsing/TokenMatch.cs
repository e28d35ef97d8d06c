using MiniAurora.Sql.Lexing;
using Pidgin;

namespace MiniAurora.Sql.Parsing;

/// <summary>
/// Matches one token by predicate. Unlike Pidgin's Token(predicate) it reports failure without
/// building an "expected" entry, which keeps the many probing failures of an SQL grammar (optional
/// clauses, operator checks) about ten times cheaper; error positions still come from SetError.
/// </summary>
internal sealed class TokenMatch : Parser<Token, Token>
{
    private readonly Func<Token, bool> _predicate;

    public TokenMatch(Func<Token, bool> predicate) => _predicate = predicate;

    public override bool TryParse(ref ParseState<Token> state, ref PooledList<Expected<Token>> expecteds, out Token result)
    {
        if (state.HasCurrent)
        {
            var current = state.Current;
            if (_predicate(current))
            {
                state.Advance();
                result = current;
                return true;
            }
            state.SetError(Maybe.Just(current), false, state.Location, null);
        }
        else
        {
            state.SetError(Maybe.Nothing<Token>(), true, state.Location, null);
        }
        result = default;
        return false;
    }
}
