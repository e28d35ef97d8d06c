namespace MiniAurora.Sql.Ast.Query;

/// <summary><c>NULL | ERROR | DEFAULT 'json'</c> before ON EMPTY / ON ERROR.</summary>
public sealed record JsonOnClause(JsonOnClauseKind Kind, string? DefaultJson);
