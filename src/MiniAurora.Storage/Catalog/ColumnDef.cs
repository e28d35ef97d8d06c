using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Catalog;

/// <summary>
/// One column of a table. Defaults and generated expressions are kept as SQL text: the engine
/// parses and evaluates them (storage never evaluates expressions).
/// </summary>
/// <param name="Name">Column name as declared (lookups are case-insensitive, as MySQL's).</param>
/// <param name="Type">Resolved type, including the collation string comparisons use.</param>
/// <param name="Nullable">False for NOT NULL (and for PRIMARY KEY columns).</param>
/// <param name="DefaultSql">
/// The DEFAULT clause as SQL text (<c>'0'</c>, <c>NULL</c>, <c>(rand())</c>), or null when the column has no
/// DEFAULT clause at all (which MySQL distinguishes from DEFAULT NULL).
/// </param>
/// <param name="DefaultIsCurrentTimestamp">DEFAULT CURRENT_TIMESTAMP[(fsp)] / NOW(); <see cref="DefaultSql"/> then holds its text.</param>
/// <param name="AutoIncrement">AUTO_INCREMENT column: storage assigns values to NULL inserts (see <see cref="IStorageTransaction.InsertAsync"/>).</param>
/// <param name="OnUpdateCurrentTimestamp">ON UPDATE CURRENT_TIMESTAMP: the engine sets it on UPDATE.</param>
/// <param name="Comment">COMMENT text ('' when none).</param>
/// <param name="GeneratedSql">Expression text of a generated column, or null.</param>
/// <param name="GeneratedStored">True for STORED generated columns, false for VIRTUAL (storage stores both: the engine computes the value).</param>
/// <param name="Invisible">MySQL 8.0.23 INVISIBLE column (hidden from SELECT *).</param>
public sealed record ColumnDef(
    string Name,
    ColumnType Type,
    bool Nullable = true,
    string? DefaultSql = null,
    bool DefaultIsCurrentTimestamp = false,
    bool AutoIncrement = false,
    bool OnUpdateCurrentTimestamp = false,
    string Comment = "",
    string? GeneratedSql = null,
    bool GeneratedStored = false,
    bool Invisible = false)
{
    /// <summary>The collation this column's values compare and sort under.</summary>
    public Collation Collation => Type.EffectiveCollation;
}
