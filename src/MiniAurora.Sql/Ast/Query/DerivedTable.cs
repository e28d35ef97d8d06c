using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary><c>[LATERAL] (subquery) [AS] alias [(cols)]</c>.</summary>
public sealed record DerivedTable(QueryExpression Query, string Alias, SqlList<string> ColumnAliases) : TableReference
{
    public bool Lateral { get; init; }
}
