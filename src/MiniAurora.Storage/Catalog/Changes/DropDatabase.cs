namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>DROP DATABASE: drops it with all its tables, views and schema-scoped objects.</summary>
public sealed record DropDatabase(string Name) : CatalogChange;
