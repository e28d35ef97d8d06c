using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>x [NOT] IN (v1, v2, …)</c>.</summary>
public sealed record InListExpression(Expression Operand, SqlList<Expression> Values, bool Not) : Expression;
