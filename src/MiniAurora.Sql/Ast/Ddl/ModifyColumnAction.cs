using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary><c>MODIFY [COLUMN] def [FIRST|AFTER c]</c>.</summary>
public sealed record ModifyColumnAction(ColumnDefinition Column, ColumnPosition? Position) : AlterTableAction;
