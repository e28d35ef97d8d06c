using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary><c>LIMIT count [OFFSET offset]</c> or <c>LIMIT offset, count</c>; values are literals or placeholders.</summary>
public sealed record LimitClause(Expression Count, Expression? Offset);
