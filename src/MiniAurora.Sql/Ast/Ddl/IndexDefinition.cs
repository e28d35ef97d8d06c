using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary>PRIMARY KEY / UNIQUE / INDEX / KEY / FULLTEXT / SPATIAL definition (table element, CREATE INDEX, ALTER ADD).</summary>
/// <param name="Name">Index name; null when not given (PRIMARY, or the server derives one).</param>
public sealed record IndexDefinition(IndexKind Kind, string? Name, SqlList<IndexPart> Parts) : TableElement
{
    /// <summary>CONSTRAINT symbol written before PRIMARY KEY / UNIQUE.</summary>
    public string? ConstraintName { get; init; }

    /// <summary>USING BTREE|HASH.</summary>
    public string? IndexType { get; init; }

    public string? Comment { get; init; }

    public bool Invisible { get; init; }
}
