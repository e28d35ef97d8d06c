namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>CREATE DATABASE. Fails with ER_DB_CREATE_EXISTS if it exists (the engine handles IF NOT EXISTS).</summary>
public sealed record CreateDatabase(DatabaseDef Database) : CatalogChange;
