using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>UPDATE, single- or multi-table. Single-table: <see cref="Tables"/> holds one <c>TableName</c>.</summary>
public sealed record UpdateStatement(
    SqlList<TableReference> Tables,
    SqlList<Assignment> Assignments,
    Expression? Where,
    SqlList<OrderItem> OrderBy,
    LimitClause? Limit) : Statement
{
    public bool Ignore { get; init; }

    public WithClause? With { get; init; }
}
