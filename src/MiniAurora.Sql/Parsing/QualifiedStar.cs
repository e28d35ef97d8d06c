using MiniAurora.Sql.Ast;

namespace MiniAurora.Sql.Parsing;

/// <summary>
/// <c>t.*</c> met while parsing an expression; only the select list accepts it (it becomes an
/// AllColumnsItem), anywhere else the statement fails with 1064.
/// </summary>
internal sealed record QualifiedStar(string? Schema, string? Table) : Expression;
