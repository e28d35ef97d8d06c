using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>
/// <c>VALUES (…), (…)</c> (also <c>VALUE</c> and <c>VALUES ROW(…)</c>). INSERT … SET a=1, b=2 is
/// normalized to columns (a, b) with one row. A row may be empty: <c>VALUES ()</c>.
/// </summary>
public sealed record ValuesSource(SqlList<SqlList<Expression>> Rows) : InsertSource;
