namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>
/// One DDL step. A batch of changes is applied atomically by <see cref="IStorageEngine.ApplyDdlAsync"/>:
/// it is written to the log as one unit, then the new <see cref="CatalogSnapshot"/> is published.
/// Storage validates existence (ER_BAD_DB_ERROR, ER_NO_SUCH_TABLE, ER_TABLE_EXISTS_ERROR, …) and data
/// constraints (ER_DUP_ENTRY when a new unique index finds duplicates); the engine validates everything
/// else (types, names, privileges) before calling.
/// </summary>
public abstract record CatalogChange;
