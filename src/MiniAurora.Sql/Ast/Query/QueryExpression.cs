using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary>
/// A query body: a SELECT block or a set operation. ORDER BY / LIMIT / WITH written after it
/// (including after a UNION) live here on the base so both forms carry them the same way.
/// </summary>
public abstract record QueryExpression : SqlNode
{
    public WithClause? With { get; init; }

    public SqlList<OrderItem> OrderBy { get; init; } = SqlList<OrderItem>.Empty;

    public LimitClause? Limit { get; init; }
}
