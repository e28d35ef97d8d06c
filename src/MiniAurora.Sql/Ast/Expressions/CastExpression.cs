using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>CAST(x AS type)</c> and <c>CONVERT(x, type)</c>.</summary>
public sealed record CastExpression(Expression Operand, DataType Type) : Expression;
