using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary>A parenthesized subquery used as a scalar or row value.</summary>
public sealed record SubqueryExpression(QueryExpression Query) : Expression;
