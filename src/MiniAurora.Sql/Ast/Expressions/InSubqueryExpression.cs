using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>x [NOT] IN (subquery)</c>.</summary>
public sealed record InSubqueryExpression(Expression Operand, QueryExpression Query, bool Not) : Expression;
