using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

public sealed record RenameColumnAction(string OldName, string NewName) : AlterTableAction;
