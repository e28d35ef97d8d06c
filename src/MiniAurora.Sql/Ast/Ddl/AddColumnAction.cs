using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary><c>ADD [COLUMN] def [FIRST|AFTER c]</c> or <c>ADD [COLUMN] (def, …)</c>.</summary>
public sealed record AddColumnAction(SqlList<ColumnDefinition> Columns, ColumnPosition? Position) : AlterTableAction;
