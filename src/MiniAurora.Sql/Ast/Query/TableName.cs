using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary>A base table or view by name.</summary>
public sealed record TableName(ObjectName Name, string? Alias) : TableReference
{
    public SqlList<IndexHint> IndexHints { get; init; } = SqlList<IndexHint>.Empty;
}
