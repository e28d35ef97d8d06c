using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>x op ANY|SOME|ALL (subquery)</c>.</summary>
public sealed record QuantifiedComparison(BinaryOperator Operator, Expression Left, Quantifier Quantifier, QueryExpression Query) : Expression;
