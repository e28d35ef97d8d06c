using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>CONVERT(x USING charset)</c>.</summary>
public sealed record ConvertUsingExpression(Expression Operand, string Charset) : Expression;
