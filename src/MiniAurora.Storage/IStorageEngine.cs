using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Catalog.Changes;
using MiniAurora.Storage.Outbox;

namespace MiniAurora.Storage;

/// <summary>
/// The storage boundary (ARCHITECTURE.md B11). One instance per server, opened on the data directory
/// (<see cref="InMemory.InMemoryStorageEngine.OpenAsync"/> replays snapshot and log before returning).
/// All members are thread-safe. A disk-based engine can implement this later without changing the engine.
/// </summary>
public interface IStorageEngine : IAsyncDisposable
{
    /// <summary>The current catalog snapshot (an atomic read). A statement takes it once and keeps it.</summary>
    CatalogSnapshot Catalog { get; }

    /// <summary>innodb_flush_log_at_trx_commit (0, 1, 2); takes effect for the next commits.</summary>
    int FlushLogAtTrxCommit { get; set; }

    /// <summary>Starts a transaction (autocommit statements use one each). Cheap: no I/O, no global lock.</summary>
    IStorageTransaction Begin(TransactionOptions? options = null);

    /// <summary>
    /// Applies a batch of DDL changes atomically and durably (its own log unit, fsynced regardless of
    /// innodb_flush_log_at_trx_commit), then publishes and returns the new catalog snapshot. DDL batches are
    /// serialized with each other and with checkpoints; DML keeps running. The engine commits the session's
    /// transaction first (MySQL's implicit commit).
    /// </summary>
    ValueTask<CatalogSnapshot> ApplyDdlAsync(IReadOnlyList<CatalogChange> changes, CancellationToken ct = default);

    /// <summary>Row count, sizes and AUTO_INCREMENT of a table (cheap; approximate under concurrency).</summary>
    TableStatistics GetStatistics(TableDef table);

    /// <summary>
    /// Counts index entries in a range, stopping at <paramref name="limit"/>: a planner estimate (it may
    /// count versions not visible to any one transaction).
    /// </summary>
    long EstimateRows(TableDef table, IndexDef? index, in KeyRange range, long limit);

    /// <summary>
    /// Writes a snapshot of all committed data and truncates the log (FLUSH TABLES, shutdown, or when the
    /// log is large). Writers keep running; concurrent DDL waits. No-op without a data directory.
    /// </summary>
    ValueTask CheckpointAsync(CancellationToken ct = default);

    /// <summary>
    /// Registers the one consumer of outbox records. It is immediately given every committed,
    /// unacknowledged record (e.g. recovered after a crash), then each commit's records after the commit.
    /// </summary>
    void RegisterOutboxConsumer(IOutboxConsumer consumer);

    /// <summary>Durably marks outbox records as handled so they are not handed out again after a restart.</summary>
    ValueTask AcknowledgeOutboxAsync(IReadOnlyList<long> ids, CancellationToken ct = default);
}
