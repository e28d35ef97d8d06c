using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary>Binary operator. <c>d + INTERVAL n unit</c> is Add with an <see cref="IntervalExpression"/> operand.</summary>
public sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right) : Expression;
