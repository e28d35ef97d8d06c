using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

public sealed record DropColumnAction(string Name) : AlterTableAction;
