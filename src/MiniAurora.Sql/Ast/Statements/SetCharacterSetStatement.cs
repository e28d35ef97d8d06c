using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>SET CHARACTER SET cs</c> / <c>SET CHARSET cs</c>; Charset null for DEFAULT.</summary>
public sealed record SetCharacterSetStatement(string? Charset) : Statement;
