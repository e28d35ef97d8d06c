using System.Runtime.InteropServices;
using MiniAurora.Core.Errors;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Lexing;
using Pidgin;

namespace MiniAurora.Sql.Parsing;

/// <summary>Lexes, splits, parses, and maps failures to MySQL's ER_PARSE_ERROR text.</summary>
internal static class Parser
{
    /// <summary>The first sentence of MySQL's 1064 message.</summary>
    public const string SyntaxErrorText = "You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use";

    /// <summary>MySQL prints at most this many characters of the text after the error (ER_PARSE_ERROR's %-.80s).</summary>
    private const int NearTextLimit = 80;

    public static IReadOnlyList<ParsedStatement> ParseMulti(string sql)
    {
        var tokens = Lexer.Tokenize(sql);
        var ranges = StatementSplitter.Split(tokens);
        if (ranges.Count == 0)
        {
            throw MySqlErrors.EmptyQuery();
        }
        var result = new ParsedStatement[ranges.Count];
        for (var i = 0; i < ranges.Count; i++)
        {
            result[i] = ParseRange(sql, tokens, ranges[i]);
        }
        return result;
    }

    public static IEnumerable<ParsedStatement> ParseEach(string sql)
    {
        var tokens = Lexer.Tokenize(sql);
        var ranges = StatementSplitter.Split(tokens);
        if (ranges.Count == 0)
        {
            throw MySqlErrors.EmptyQuery();
        }
        return Iterate(sql, tokens, ranges);
    }

    private static IEnumerable<ParsedStatement> Iterate(string sql, List<Token> tokens, List<(int Start, int End)> ranges)
    {
        foreach (var range in ranges)
        {
            yield return ParseRange(sql, tokens, range);
        }
    }

    public static ParsedStatement ParseOne(string sql)
    {
        var tokens = Lexer.Tokenize(sql);
        var ranges = StatementSplitter.Split(tokens);
        if (ranges.Count == 0)
        {
            throw MySqlErrors.EmptyQuery();
        }
        var first = ParseRange(sql, tokens, ranges[0]);
        if (ranges.Count > 1)
        {
            // Without multi-statement support MySQL reports the second statement as trailing garbage.
            throw SyntaxError(sql, tokens[ranges[1].Start].Start, tokens[ranges[0].Start].Start);
        }
        return first;
    }

    public static IReadOnlyList<string> Split(string sql)
    {
        var tokens = Lexer.Tokenize(sql);
        var ranges = StatementSplitter.Split(tokens);
        var result = new string[ranges.Count];
        for (var i = 0; i < ranges.Count; i++)
        {
            result[i] = Slice(sql, tokens, ranges[i]);
        }
        return result;
    }

    private static ParsedStatement ParseRange(string sql, List<Token> tokens, (int Start, int End) range)
    {
        var parameters = 0;
        for (var i = range.Start; i < range.End; i++)
        {
            if (tokens[i].Kind == TokenKind.Parameter)
            {
                tokens[i] = tokens[i].WithNumber(parameters++);
            }
        }
        var span = CollectionsMarshal.AsSpan(tokens)[range.Start..range.End];
        var result = StatementGrammar.Complete.Parse(span);
        if (!result.Success)
        {
            var offset = result.Error!.ErrorOffset;
            var position = offset < span.Length ? span[offset].Start : tokens[range.End].Start;
            throw SyntaxError(sql, position, tokens[range.Start].Start);
        }
        return new ParsedStatement(result.Value, Slice(sql, tokens, range), parameters);
    }

    private static string Slice(string sql, List<Token> tokens, (int Start, int End) range) =>
        sql[tokens[range.Start].Start..tokens[range.End - 1].End];

    /// <summary>
    /// 1064 with the rest of the query from <paramref name="position"/> (max 80 chars) and its 1-based line,
    /// counted from the start of the failing statement: MySQL restarts its line counter for each statement
    /// of a multi-statement query (after skipping the whitespace that follows the ';').
    /// </summary>
    public static MiniAuroraException SyntaxError(string sql, int position, int statementStart = 0)
    {
        var near = sql[position..];
        if (near.Length > NearTextLimit)
        {
            near = near[..NearTextLimit];
        }
        var line = 1;
        foreach (var c in sql.AsSpan(statementStart, position - statementStart))
        {
            if (c == '\n')
            {
                line++;
            }
        }
        return MySqlErrors.ParseError(SyntaxErrorText, near, line);
    }
}
