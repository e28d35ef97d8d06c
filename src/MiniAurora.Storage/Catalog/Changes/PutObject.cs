namespace MiniAurora.Storage.Catalog.Changes;

/// <summary>
/// Creates or replaces a generic catalog object (routine, trigger, account, grant, parameter…).
/// Existence rules (ER_SP_ALREADY_EXISTS etc.) are the caller's: storage simply upserts. When
/// <see cref="CatalogObject.Order"/> is 0 storage assigns the next order number.
/// </summary>
public sealed record PutObject(CatalogObject Object) : CatalogChange;
