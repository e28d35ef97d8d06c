using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Catalog.Changes;

namespace MiniAurora.Storage;

/// <summary>Conveniences over <see cref="IStorageEngine"/>.</summary>
public static class StorageEngineExtensions
{
    /// <summary>Applies a single DDL change (see <see cref="IStorageEngine.ApplyDdlAsync"/>).</summary>
    public static ValueTask<CatalogSnapshot> ApplyDdlAsync(this IStorageEngine engine, CatalogChange change, CancellationToken ct = default) =>
        engine.ApplyDdlAsync([change], ct);
}
