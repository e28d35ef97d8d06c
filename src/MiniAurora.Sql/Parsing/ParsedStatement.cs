using MiniAurora.Sql.Ast;

namespace MiniAurora.Sql.Parsing;

/// <summary>
/// One statement of a (multi-)statement query: its AST and its exact source text, without the
/// terminating semicolon and surrounding whitespace. The text is what the catalog stores for views,
/// routines and triggers, and what SHOW PROCESSLIST shows.
/// </summary>
/// <param name="Statement">The parsed statement.</param>
/// <param name="Text">The statement's source slice.</param>
/// <param name="ParameterCount">Number of <c>?</c> placeholders (COM_STMT_PREPARE's num_params).</param>
public sealed record ParsedStatement(Statement Statement, string Text, int ParameterCount);
