namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>ALTER DATABASE: replaces the definition of the database with the same name.</summary>
public sealed record AlterDatabase(DatabaseDef Database) : CatalogChange;
