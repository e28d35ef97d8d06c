using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary>One WHEN … THEN … arm of a CASE expression.</summary>
public sealed record WhenClause(Expression Condition, Expression Result);
