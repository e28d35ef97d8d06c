using MiniAurora.Core.Errors;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Outbox;
using MiniAurora.Storage.Tables;
using MiniAurora.Storage.Transactions;
using MiniAurora.Storage.Wal;

namespace MiniAurora.Storage.InMemory;

/// <summary>
/// The in-memory storage engine: rows in B+trees in memory, made durable by a write-ahead log with group
/// commit and checkpoints in <see cref="StorageOptions.DataDirectory"/> (none: volatile, for tests).
/// </summary>
public sealed partial class InMemoryStorageEngine : IStorageEngine
{
    private readonly Lock _appendLock = new();
    private readonly SemaphoreSlim _ddlLock = new(1, 1);
    private readonly CancellationTokenSource _shutdown = new();
    private volatile CatalogSnapshot _catalog;
    private volatile Dictionary<long, TableStore> _stores = [];
    private long _visibleTs;
    private long _lastTs;
    private long _oldestHint;
    private long _nextTxId;
    private long _nextTableId;
    private long _nextObjectOrder;
    private int _flushMode;
    private Task? _background;
    private WalWriter? _wal;
    private string? _storageDirectory;
    private bool _disposed;

    private InMemoryStorageEngine(StorageOptions options)
    {
        Options = options;
        TimeProvider = options.TimeProvider;
        _flushMode = options.FlushLogAtTrxCommit;
        _catalog = CatalogBuilder.Empty(options.LowerCaseTableNames);
        ReadVisibleTs = () => Volatile.Read(ref _visibleTs);
    }

    /// <summary>
    /// Opens the engine: loads the newest snapshot, replays the log (discarding a torn tail) and returns
    /// when ready. Throws <see cref="StorageCorruptException"/> (naming file and offset) on damaged data.
    /// </summary>
    public static async ValueTask<InMemoryStorageEngine> OpenAsync(StorageOptions options, CancellationToken ct = default)
    {
        var engine = new InMemoryStorageEngine(options);
        if (options.DataDirectory is not null)
        {
            await engine.RecoverAsync(ct).ConfigureAwait(false);
        }
        engine._background = Task.Run(() => engine.BackgroundLoopAsync(engine._shutdown.Token), CancellationToken.None);
        return engine;
    }

    internal StorageOptions Options { get; }

    internal TimeProvider TimeProvider { get; }

    internal SnapshotRegistry Snapshots { get; } = new();

    internal PurgeQueue Purge { get; } = new();

    internal Func<long> ReadVisibleTs { get; }

    /// <summary>A lower bound of every open or future snapshot (refreshed by purge): history older is unreachable.</summary>
    internal long OldestSnapshotHint => Volatile.Read(ref _oldestHint);

    /// <inheritdoc/>
    public CatalogSnapshot Catalog => _catalog;

    /// <inheritdoc/>
    public int FlushLogAtTrxCommit
    {
        get => Volatile.Read(ref _flushMode);
        set => Volatile.Write(ref _flushMode, value is 0 or 1 or 2 ? value : throw new ArgumentOutOfRangeException(nameof(value)));
    }

    /// <inheritdoc/>
    public IStorageTransaction Begin(TransactionOptions? options = null) =>
        new StorageTransaction(this, Interlocked.Increment(ref _nextTxId), options ?? TransactionOptions.Default);

    internal TableStore GetStore(TableDef table) =>
        _stores.TryGetValue(table.Id, out var store) ? store : throw MySqlErrors.NoSuchTable(table.Schema, table.Name);

    /// <inheritdoc/>
    public TableStatistics GetStatistics(TableDef table)
    {
        var store = GetStore(table);
        long rows = Math.Max(0, Volatile.Read(ref store.RowCount));
        // A rough figure: InnoDB reports pages; tools only need the magnitude.
        long rowBytes = 16 + (store.Def.Columns.Count * 24);
        ulong? autoInc = store.AutoIncOrdinal >= 0 ? (ulong)store.AutoIncrementNext : null;
        long updated = Volatile.Read(ref store.UpdateTicks);
        return new TableStatistics(rows, rows * rowBytes, rows * 48L * store.Secondaries.Length, autoInc, updated == 0 ? null : new DateTime(updated, DateTimeKind.Utc));
    }

    /// <inheritdoc/>
    public long EstimateRows(TableDef table, IndexDef? index, in KeyRange range, long limit)
    {
        var store = GetStore(table);
        var tree = store.Resolve(index, out _)?.Tree ?? store.Clustered;
        store.Latch.EnterReadLock();
        try
        {
            var lower = RowCursor.Clamp(range.Lower, tree.Comparer.Length);
            var upper = RowCursor.Clamp(range.Upper, tree.Comparer.Length);
            return tree.CountRange(lower, lower.Length > 0 && !range.LowerInclusive, upper, range.UpperInclusive || upper.Length == 0, limit);
        }
        finally
        {
            store.Latch.ExitReadLock();
        }
    }

    /// <summary>Raises the visible timestamp (in commit order: the flusher publishes whole prefixes of the log).</summary>
    internal void PublishVisible(long ts)
    {
        while (true)
        {
            long current = Volatile.Read(ref _visibleTs);
            if (ts <= current || Interlocked.CompareExchange(ref _visibleTs, ts, current) == current)
            {
                return;
            }
        }
    }

    internal void RunPurge()
    {
        long oldest = Snapshots.ComputeOldest(Volatile.Read(ref _visibleTs));
        long hint = Volatile.Read(ref _oldestHint);
        if (oldest > hint)
        {
            Interlocked.CompareExchange(ref _oldestHint, oldest, hint);
        }
        Purge.Run(oldest);
    }

    private async Task BackgroundLoopAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200), TimeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
            {
                RunPurge();
                if (_wal is not null && _wal.SegmentBytes > Options.CheckpointLogBytes && _ddlLock.CurrentCount > 0)
                {
                    await CheckpointAsync(ct).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            Options.Log?.Invoke($"storage background task failed: {ex}");
        }
    }

    /// <summary>Tests: stop like a crash after the log is written — no shutdown checkpoint.</summary>
    internal async Task StopForCrashTestAsync()
    {
        _disposed = true;
        await _shutdown.CancelAsync().ConfigureAwait(false);
        if (_background is not null)
        {
            await _background.ConfigureAwait(false);
        }
        if (_wal is not null)
        {
            await _wal.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        await _shutdown.CancelAsync().ConfigureAwait(false);
        if (_background is not null)
        {
            await _background.ConfigureAwait(false);
        }
        if (_wal is not null)
        {
            // A clean shutdown checkpoints so the next start replays nothing.
            try
            {
                await CheckpointAsync(CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                await _wal.DisposeAsync().ConfigureAwait(false);
            }
        }
        _shutdown.Dispose();
    }
}
