using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>EXISTS (subquery)</c>.</summary>
public sealed record ExistsExpression(QueryExpression Query) : Expression;
