using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>
/// Any change to an existing table's definition (ALTER TABLE, CREATE/DROP INDEX, RENAME via a new
/// Schema/Name): <see cref="Table"/> is the complete new definition with the same <see cref="TableDef.Id"/>.
/// Storage rebuilds the indexes that changed (new unique indexes are checked: ER_DUP_ENTRY).
/// When the column list changes, <see cref="RowMapper"/> converts each existing row (old column order)
/// to the new column order; it runs once per row under the DDL lock and must not retain its argument.
/// A row mapper is not logged: the rewritten rows are (so recovery never needs the engine).
/// </summary>
public sealed record AlterTable(TableDef Table, Func<SqlValue[], SqlValue[]>? RowMapper = null) : CatalogChange;
