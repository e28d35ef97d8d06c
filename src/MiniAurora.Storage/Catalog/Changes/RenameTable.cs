namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>RENAME TABLE (also across databases). A batch of these is atomic, so swaps work.</summary>
public sealed record RenameTable(string Schema, string Name, string NewSchema, string NewName) : CatalogChange;
