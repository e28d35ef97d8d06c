using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>x [NOT] REGEXP|RLIKE pattern</c>.</summary>
public sealed record RegexpExpression(Expression Operand, Expression Pattern, bool Not) : Expression;
