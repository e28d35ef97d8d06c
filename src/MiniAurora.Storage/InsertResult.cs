using MiniAurora.Storage.Catalog;

namespace MiniAurora.Storage;

/// <summary>What an insert did.</summary>
/// <param name="Row">The inserted row (empty when a conflict was returned instead).</param>
/// <param name="GeneratedId">The AUTO_INCREMENT value storage generated for this row, or 0 when none was generated (LAST_INSERT_ID takes the first of a statement).</param>
/// <param name="Conflict">With <see cref="InsertFlags.ReturnConflict"/>: the existing row that conflicts (locked exclusively), else empty.</param>
/// <param name="ConflictIndex">The unique index that conflicted, or null.</param>
public readonly record struct InsertResult(RowRef Row, ulong GeneratedId, RowRef Conflict, IndexDef? ConflictIndex)
{
    /// <summary>True when nothing was inserted because of a returned conflict.</summary>
    public bool IsConflict => !Conflict.IsEmpty;
}
