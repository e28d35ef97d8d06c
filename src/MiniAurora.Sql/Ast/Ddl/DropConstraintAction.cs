using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary><c>DROP {INDEX|KEY} n</c>, <c>DROP PRIMARY KEY</c> (Name null), <c>DROP FOREIGN KEY n</c>, <c>DROP CHECK n</c>, <c>DROP CONSTRAINT n</c>.</summary>
public sealed record DropConstraintAction(DropConstraintKind Kind, string? Name) : AlterTableAction;
