using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Catalog.Changes;
using MiniAurora.Storage.Outbox;

namespace MiniAurora.Storage.InMemory;

/// <summary>
/// The in-memory storage engine: rows in B+trees in memory, made durable by a write-ahead log with group
/// commit and checkpoints in <see cref="StorageOptions.DataDirectory"/>.
/// </summary>
public sealed partial class InMemoryStorageEngine : IStorageEngine
{
    /// <summary>
    /// Opens the engine: loads the newest snapshot, replays the log (discarding a torn tail) and returns
    /// when ready. Throws <see cref="StorageCorruptException"/> (naming file and offset) on damaged data.
    /// </summary>
    public static ValueTask<InMemoryStorageEngine> OpenAsync(StorageOptions options, CancellationToken ct = default) =>
        throw new NotImplementedException();

    public CatalogSnapshot Catalog => throw new NotImplementedException();

    public int FlushLogAtTrxCommit { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }

    public IStorageTransaction Begin(TransactionOptions? options = null) => throw new NotImplementedException();

    public ValueTask<CatalogSnapshot> ApplyDdlAsync(IReadOnlyList<CatalogChange> changes, CancellationToken ct = default) => throw new NotImplementedException();

    public TableStatistics GetStatistics(TableDef table) => throw new NotImplementedException();

    public long EstimateRows(TableDef table, IndexDef? index, in KeyRange range, long limit) => throw new NotImplementedException();

    public ValueTask CheckpointAsync(CancellationToken ct = default) => throw new NotImplementedException();

    public void RegisterOutboxConsumer(IOutboxConsumer consumer) => throw new NotImplementedException();

    public ValueTask AcknowledgeOutboxAsync(IReadOnlyList<long> ids, CancellationToken ct = default) => throw new NotImplementedException();

    public ValueTask DisposeAsync() => throw new NotImplementedException();
}
