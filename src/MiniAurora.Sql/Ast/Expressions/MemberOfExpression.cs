using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>x MEMBER OF (json)</c>.</summary>
public sealed record MemberOfExpression(Expression Operand, Expression Json) : Expression;
