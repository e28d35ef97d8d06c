using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>SET [GLOBAL|SESSION] TRANSACTION ISOLATION LEVEL … | READ ONLY | READ WRITE</c>; Scope Default means next transaction only.</summary>
public sealed record SetTransactionStatement(VariableScope Scope, IsolationLevel? Isolation, bool? ReadOnly) : Statement;
