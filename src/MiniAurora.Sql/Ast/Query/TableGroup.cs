using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary>A parenthesized join nest <c>(t1 JOIN t2 ON …)</c> or table list <c>(t1, t2)</c>.</summary>
public sealed record TableGroup(SqlList<TableReference> Tables) : TableReference;
