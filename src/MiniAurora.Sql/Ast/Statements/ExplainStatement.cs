using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>EXPLAIN [ANALYZE] [FORMAT=x] statement</c>.</summary>
public sealed record ExplainStatement(Statement Statement, string? Format, bool Analyze) : Statement;
