using MiniAurora.Sql.Lexing;

namespace MiniAurora.Sql.Parsing;

/// <summary>
/// Splits a token list at top-level semicolons. Inside CREATE PROCEDURE/FUNCTION/TRIGGER/EVENT it
/// tracks BEGIN…END, IF…END IF, CASE…END [CASE], LOOP/WHILE/REPEAT…END x, so semicolons in the
/// body do not split (the server-side counterpart of the client's DELIMITER).
/// </summary>
internal static class StatementSplitter
{
    private static readonly int s_create = Keywords.Id("CREATE");
    private static readonly int s_end = Keywords.Id("END");
    private static readonly int s_begin = Keywords.Id("BEGIN");
    private static readonly int s_case = Keywords.Id("CASE");
    private static readonly int s_if = Keywords.Id("IF");
    private static readonly int s_loop = Keywords.Id("LOOP");
    private static readonly int s_while = Keywords.Id("WHILE");
    private static readonly int s_repeat = Keywords.Id("REPEAT");
    private static readonly HashSet<int> s_routineKinds = new[] { "PROCEDURE", "FUNCTION", "TRIGGER", "EVENT" }.Select(Keywords.Id).ToHashSet();
    private static readonly HashSet<int> s_otherKinds = new[] { "TABLE", "VIEW", "INDEX", "DATABASE", "SCHEMA", "USER", "ROLE", "TEMPORARY", "UNIQUE" }.Select(Keywords.Id).ToHashSet();
    private static readonly HashSet<int> s_blockEnds = new[] { "IF", "CASE", "LOOP", "WHILE", "REPEAT" }.Select(Keywords.Id).ToHashSet();

    /// <summary>Keywords after which an IF starts a statement (not an IF() call).</summary>
    private static readonly HashSet<int> s_statementStarters = new[]
    {
        "BEGIN", "THEN", "ELSE", "DO", "LOOP", "REPEAT", "ROW", "DETERMINISTIC", "SQL", "DATA", "INVOKER", "DEFINER",
        "SQLEXCEPTION", "SQLWARNING", "FOUND",
    }.Select(Keywords.Id).ToHashSet();

    /// <summary>Token index ranges [start, end) of the statements, semicolons excluded; empty statements are dropped.</summary>
    public static List<(int Start, int End)> Split(List<Token> tokens)
    {
        var result = new List<(int, int)>(1);
        var count = tokens.Count - 1;
        var start = 0;
        var depth = 0;
        var routine = false;
        for (var i = 0; i < count; i++)
        {
            var t = tokens[i];
            if (i == start)
            {
                routine = t.Keyword == s_create && IsRoutine(tokens, i + 1);
                depth = 0;
            }
            if (t.Kind == TokenKind.Semicolon && depth <= 0)
            {
                if (i > start)
                {
                    result.Add((start, i));
                }
                start = i + 1;
                continue;
            }
            if (!routine || t.Kind != TokenKind.Word)
            {
                continue;
            }
            var k = t.Keyword;
            if (k == s_end)
            {
                depth--;
                if (i + 1 < count && s_blockEnds.Contains(tokens[i + 1].Keyword))
                {
                    i++;
                }
            }
            else if (k == s_begin || k == s_case || k == s_loop || k == s_while)
            {
                depth++;
            }
            else if (k == s_repeat && tokens[i + 1].Kind != TokenKind.LeftParen)
            {
                depth++;
            }
            else if (k == s_if && i > 0 && StartsStatement(tokens[i - 1]))
            {
                depth++;
            }
        }
        if (count > start)
        {
            result.Add((start, count));
        }
        return result;
    }

    private static bool StartsStatement(Token previous) =>
        previous.Kind is TokenKind.Semicolon or TokenKind.RightParen or TokenKind.Colon or TokenKind.String or TokenKind.Integer
        || (previous.Kind == TokenKind.Word && s_statementStarters.Contains(previous.Keyword))
        || previous.Kind == TokenKind.QuotedIdentifier || (previous.Kind == TokenKind.Word && previous.Keyword < 0);

    private static bool IsRoutine(List<Token> tokens, int from)
    {
        var limit = Math.Min(tokens.Count, from + 16);
        for (var i = from; i < limit; i++)
        {
            var k = tokens[i].Keyword;
            if (tokens[i].Kind == TokenKind.Word && s_routineKinds.Contains(k))
            {
                return true;
            }
            if (tokens[i].Kind == TokenKind.Word && s_otherKinds.Contains(k))
            {
                return false;
            }
        }
        return false;
    }
}
