using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>
/// DELETE. Single-table form: <see cref="Targets"/> is empty and <see cref="From"/> holds one TableName.
/// Multi-table forms (<c>DELETE t1, t2 FROM …</c> and <c>DELETE FROM t1, t2 USING …</c>) list the
/// tables to delete from in <see cref="Targets"/> and the joined references in <see cref="From"/>.
/// </summary>
public sealed record DeleteStatement(
    SqlList<ObjectName> Targets,
    SqlList<TableReference> From,
    Expression? Where,
    SqlList<OrderItem> OrderBy,
    LimitClause? Limit) : Statement
{
    public bool Ignore { get; init; }

    public bool Quick { get; init; }

    public WithClause? With { get; init; }
}
