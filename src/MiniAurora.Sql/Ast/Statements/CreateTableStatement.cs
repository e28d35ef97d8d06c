using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>
/// CREATE TABLE. Exactly one shape is used: element list (with optional <see cref="AsQuery"/>),
/// <see cref="LikeTable"/>, or only <see cref="AsQuery"/>.
/// </summary>
public sealed record CreateTableStatement(ObjectName Name, bool IfNotExists, SqlList<TableElement> Elements, SqlList<TableOption> Options) : Statement
{
    public bool Temporary { get; init; }

    public ObjectName? LikeTable { get; init; }

    public QueryExpression? AsQuery { get; init; }

    /// <summary>The PARTITION BY … clause as written (accepted, not interpreted: tables are not partitioned).</summary>
    public string? PartitionClause { get; init; }
}
