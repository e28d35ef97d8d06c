using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

public sealed record UnaryExpression(UnaryOperator Operator, Expression Operand) : Expression;
