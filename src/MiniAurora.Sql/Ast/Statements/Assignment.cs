using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>column = value</c> in UPDATE SET, INSERT … SET and ON DUPLICATE KEY UPDATE.</summary>
public sealed record Assignment(ColumnRef Column, Expression Value);
