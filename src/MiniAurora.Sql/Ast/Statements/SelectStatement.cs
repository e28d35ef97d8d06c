using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>A SELECT / UNION / TABLE … query used as a statement (also the body of DECLARE CURSOR).</summary>
public sealed record SelectStatement(QueryExpression Query) : Statement;
