namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>DROP TABLE. Fails with ER_BAD_TABLE_ERROR if missing (the engine handles IF EXISTS).</summary>
public sealed record DropTable(string Schema, string Name) : CatalogChange;
