using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary><c>FIRST</c> (After null, First true) or <c>AFTER col</c>.</summary>
public sealed record ColumnPosition(bool First, string? After);
