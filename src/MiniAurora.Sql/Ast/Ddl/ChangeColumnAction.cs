using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary><c>CHANGE [COLUMN] old def [FIRST|AFTER c]</c>.</summary>
public sealed record ChangeColumnAction(string OldName, ColumnDefinition Column, ColumnPosition? Position) : AlterTableAction;
