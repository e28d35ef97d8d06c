using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary><c>ADD {INDEX|KEY|UNIQUE|PRIMARY KEY|FOREIGN KEY|CHECK|CONSTRAINT …}</c>.</summary>
public sealed record AddConstraintAction(TableElement Element) : AlterTableAction;
