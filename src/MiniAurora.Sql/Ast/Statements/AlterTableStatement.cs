using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>ALTER TABLE with its comma-separated actions, in order.</summary>
public sealed record AlterTableStatement(ObjectName Table, SqlList<AlterTableAction> Actions) : Statement;
