using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>x [NOT] LIKE pattern [ESCAPE e]</c>.</summary>
public sealed record LikeExpression(Expression Operand, Expression Pattern, Expression? Escape, bool Not) : Expression;
