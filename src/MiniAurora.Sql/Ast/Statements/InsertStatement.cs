using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>INSERT and REPLACE.</summary>
/// <param name="Columns">Empty when no column list was written.</param>
public sealed record InsertStatement(ObjectName Table, SqlList<string> Columns, InsertSource Source) : Statement
{
    /// <summary>REPLACE INTO instead of INSERT INTO.</summary>
    public bool Replace { get; init; }

    public bool Ignore { get; init; }

    /// <summary>ON DUPLICATE KEY UPDATE assignments; empty when absent.</summary>
    public SqlList<Assignment> OnDuplicateKeyUpdate { get; init; } = SqlList<Assignment>.Empty;

    /// <summary><c>VALUES (…) AS alias [(cols)]</c> row alias for ON DUPLICATE KEY UPDATE (MySQL 8.0.19+).</summary>
    public string? RowAlias { get; init; }

    public SqlList<string> RowColumnAliases { get; init; } = SqlList<string>.Empty;
}
