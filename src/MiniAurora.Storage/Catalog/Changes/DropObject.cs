namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>Removes a generic catalog object; a missing object is not an error (the caller checks first).</summary>
public sealed record DropObject(CatalogObjectKind Kind, string Schema, string Name) : CatalogChange;
