using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

public sealed record RenameIndexAction(string OldName, string NewName) : AlterTableAction;
