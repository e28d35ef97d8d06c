using MiniAurora.Core.Errors;
using MiniAurora.Sql.Ast;

namespace MiniAurora.Sql.Parsing;

/// <summary>
/// The SQL entry point: text → AST. Thread-safe and stateless. Syntax errors throw
/// <see cref="MiniAuroraException"/> ER_PARSE_ERROR (1064) with MySQL's "near '…' at line N" text;
/// an empty query throws ER_EMPTY_QUERY (1065).
/// </summary>
public static class SqlParser
{
    /// <summary>
    /// Parses a query that may contain several statements separated by top-level semicolons
    /// (COM_QUERY with CLIENT_MULTI_STATEMENTS). Semicolons inside strings, comments and
    /// BEGIN … END bodies do not split. A trailing semicolon is allowed. Parsing stops at the first
    /// error and nothing is returned; callers that want MySQL's "execute until the failing one"
    /// behaviour use <see cref="ParseEach"/>.
    /// </summary>
    public static IReadOnlyList<ParsedStatement> ParseMulti(string sql) => Parser.ParseMulti(sql);

    /// <summary>
    /// Multi-statement parsing for execution, MySQL style: statements are parsed one at a time as the
    /// sequence is enumerated, so the caller executes statement 1 before statement 2's syntax error
    /// surfaces (thrown from MoveNext). ER_EMPTY_QUERY is thrown eagerly.
    /// </summary>
    public static IEnumerable<ParsedStatement> ParseEach(string sql) => Parser.ParseEach(sql);

    /// <summary>Parses exactly one statement (a trailing semicolon is allowed).</summary>
    public static Statement Parse(string sql) => Parser.ParseOne(sql).Statement;

    /// <summary>Parses exactly one statement and returns it with its text and placeholder count.</summary>
    public static ParsedStatement ParseStatement(string sql) => Parser.ParseOne(sql);

    /// <summary>
    /// Splits a multi-statement query into statement texts without building ASTs (never throws for
    /// syntax errors; an unterminated string or comment ends the last piece).
    /// </summary>
    public static IReadOnlyList<string> Split(string sql) => Parser.Split(sql);
}
