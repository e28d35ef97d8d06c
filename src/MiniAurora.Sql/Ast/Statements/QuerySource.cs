using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>INSERT … SELECT</c>.</summary>
public sealed record QuerySource(QueryExpression Query) : InsertSource;
