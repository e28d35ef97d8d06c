using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>SET NAMES cs [COLLATE c]</c> / <c>SET NAMES DEFAULT</c> (Charset null).</summary>
public sealed record SetNamesStatement(string? Charset, string? Collation) : Statement;
