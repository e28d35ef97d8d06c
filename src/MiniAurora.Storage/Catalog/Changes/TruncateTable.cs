namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>TRUNCATE TABLE: removes all rows and resets the AUTO_INCREMENT counter to the table's start.</summary>
public sealed record TruncateTable(string Schema, string Name) : CatalogChange;
