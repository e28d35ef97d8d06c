namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>
/// CREATE TABLE. <see cref="TableDef.Id"/> should be 0: storage assigns the id (read it back from the
/// returned snapshot by name). Fails with ER_TABLE_EXISTS_ERROR if a table or view has the name.
/// </summary>
public sealed record CreateTable(TableDef Table) : CatalogChange;
