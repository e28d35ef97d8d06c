using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary>One clause of ALTER TABLE.</summary>
public abstract record AlterTableAction : SqlNode;
