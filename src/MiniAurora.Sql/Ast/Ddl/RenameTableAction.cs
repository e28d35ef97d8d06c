using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary><c>RENAME [TO|AS] new_name</c>.</summary>
public sealed record RenameTableAction(ObjectName NewName) : AlterTableAction;
