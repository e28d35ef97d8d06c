using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>PREPARE name FROM 'text' | @var</c>.</summary>
public sealed record PrepareStatement(string Name, Expression Source) : Statement;
