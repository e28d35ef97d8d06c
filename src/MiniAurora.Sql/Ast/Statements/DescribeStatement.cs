using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>DESCRIBE|DESC|EXPLAIN table [column|'pattern']</c>.</summary>
public sealed record DescribeStatement(ObjectName Table, string? Column) : Statement;
