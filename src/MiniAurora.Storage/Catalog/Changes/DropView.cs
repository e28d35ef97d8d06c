namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>DROP VIEW. Fails with ER_BAD_TABLE_ERROR if missing.</summary>
public sealed record DropView(string Schema, string Name) : CatalogChange;
