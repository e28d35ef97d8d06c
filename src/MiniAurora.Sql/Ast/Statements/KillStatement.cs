using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>KILL [CONNECTION|QUERY] id</c>.</summary>
public sealed record KillStatement(bool QueryOnly, Expression ConnectionId) : Statement;
