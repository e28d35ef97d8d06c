using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>
/// Any change to an existing table's definition (ALTER TABLE, CREATE/DROP INDEX, RENAME via a new
/// Schema/Name): <see cref="Table"/> is the complete new definition with the same <see cref="TableDef.Id"/>.
/// Storage rebuilds the indexes that changed (new unique indexes are checked: ER_DUP_ENTRY). A change of
/// the column count, a column type/collation, the primary key, or any <see cref="RowMapper"/> rebuilds the
/// whole table: <see cref="RowMapper"/> converts each existing row (old column order) to the new column order
/// (converting values as the new types need); it runs once per row under the DDL lock and must not retain
/// or modify its argument. Transactions must not have uncommitted changes on the table (the engine's
/// metadata lock; storage does not wait for them).
/// A row mapper is not logged: the rewritten rows are (so recovery never needs the engine).
/// </summary>
public sealed record AlterTable(TableDef Table, Func<SqlValue[], SqlValue[]>? RowMapper = null) : CatalogChange;
