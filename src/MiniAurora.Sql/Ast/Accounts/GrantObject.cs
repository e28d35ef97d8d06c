namespace MiniAurora.Sql.Ast.Accounts;

/// <summary>
/// The ON target: <c>*.*</c> (Database "*", Name "*"), <c>db.*</c>, <c>db.t</c>, <c>*</c> / <c>t</c> (Database null:
/// the current database), optionally prefixed by TABLE / FUNCTION / PROCEDURE.
/// </summary>
public sealed record GrantObject(GrantObjectKind Kind, string? Database, string Name);
