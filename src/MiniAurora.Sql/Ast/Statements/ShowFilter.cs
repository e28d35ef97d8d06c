using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>LIKE 'pattern'</c> or <c>WHERE expr</c> of SHOW.</summary>
public sealed record ShowFilter(string? Like, Expression? Where);
