using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Catalog;

/// <summary>
/// A FOREIGN KEY constraint. Storage only records it; the engine enforces it (it owns statement
/// semantics and error texts).
/// </summary>
/// <param name="Name">Constraint name (MySQL generates <c>tbl_ibfk_N</c> when none is given).</param>
/// <param name="Columns">Referencing column names, in order.</param>
/// <param name="ReferencedSchema">Schema of the parent table.</param>
/// <param name="ReferencedTable">Parent table name.</param>
/// <param name="ReferencedColumns">Parent column names, in order.</param>
/// <param name="OnDelete">ON DELETE action.</param>
/// <param name="OnUpdate">ON UPDATE action.</param>
public sealed record ForeignKeyDef(
    string Name,
    SqlList<string> Columns,
    string ReferencedSchema,
    string ReferencedTable,
    SqlList<string> ReferencedColumns,
    ForeignKeyAction OnDelete = ForeignKeyAction.NoAction,
    ForeignKeyAction OnUpdate = ForeignKeyAction.NoAction);
