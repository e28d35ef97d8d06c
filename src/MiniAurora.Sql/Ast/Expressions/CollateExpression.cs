using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>x COLLATE name</c>.</summary>
public sealed record CollateExpression(Expression Operand, string Collation) : Expression;
