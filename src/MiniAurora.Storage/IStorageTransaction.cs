using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Storage;

/// <summary>
/// A storage transaction: every read and write goes through one. Not thread-safe: one session uses it
/// at a time (as a MySQL connection does). Tables and indexes are identified by the
/// <see cref="TableDef"/>/<see cref="IndexDef"/> of the statement's catalog snapshot (storage resolves them
/// by <see cref="TableDef.Id"/> and index name, so a def from a slightly older snapshot still works; a
/// dropped table raises ER_NO_SUCH_TABLE).
/// <para>Errors are <see cref="Core.Errors.MiniAuroraException"/>s: ER_DUP_ENTRY (1062), ER_LOCK_WAIT_TIMEOUT
/// (1205; the statement should be rolled back with <see cref="RollbackStatement"/>, the transaction stays
/// open as with innodb_rollback_on_timeout=OFF), ER_LOCK_DEADLOCK (1213; storage has already rolled the
/// whole transaction back), ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION (1792).</para>
/// </summary>
public interface IStorageTransaction : IDisposable
{
    /// <summary>A unique id (shown in information_schema.INNODB_TRX style views).</summary>
    long Id { get; }

    /// <summary>The isolation level chosen at begin.</summary>
    TransactionIsolation Isolation { get; }

    /// <summary>START TRANSACTION READ ONLY.</summary>
    bool IsReadOnly { get; }

    /// <summary>Where the transaction is in its lifecycle (RolledBack after a deadlock).</summary>
    TransactionState State { get; }

    /// <summary>True once the transaction has written anything (so COMMIT needs the log).</summary>
    bool HasWrites { get; }

    /// <summary>innodb_lock_wait_timeout for subsequent waits (the session may change it mid-transaction).</summary>
    TimeSpan LockWaitTimeout { get; set; }

    /// <summary>auto_increment_increment for values this transaction generates (1..65535).</summary>
    int AutoIncrementIncrement { get; set; }

    /// <summary>auto_increment_offset for values this transaction generates (1..65535).</summary>
    int AutoIncrementOffset { get; set; }

    /// <summary>
    /// Marks the start of a statement: sets the implicit statement savepoint used by
    /// <see cref="RollbackStatement"/>, and under READ COMMITTED takes a fresh read snapshot. Call it
    /// before every statement (including the first).
    /// </summary>
    void BeginStatement();

    /// <summary>Undoes everything since <see cref="BeginStatement"/> (statement atomicity). Row locks are kept, as InnoDB.</summary>
    void RollbackStatement();

    /// <summary>SAVEPOINT name (replaces an existing savepoint of the same name, case-insensitive).</summary>
    void SetSavepoint(string name);

    /// <summary>ROLLBACK TO SAVEPOINT name: undoes later changes, keeps the savepoint; later savepoints are removed. ER_SP_DOES_NOT_EXIST if unknown.</summary>
    void RollbackToSavepoint(string name);

    /// <summary>RELEASE SAVEPOINT name (and later ones). ER_SP_DOES_NOT_EXIST if unknown.</summary>
    void ReleaseSavepoint(string name);

    /// <summary>
    /// Opens a cursor over <paramref name="range"/> of <paramref name="index"/> (null: the clustered
    /// index — the primary key, or the hidden row id, in which case only <see cref="KeyRange.All"/> is meaningful).
    /// Rows come in index order (or reverse). With <see cref="RowLockMode.None"/> rows are the versions visible
    /// to this transaction's snapshot; with a lock mode each row is locked and its latest version returned.
    /// </summary>
    IRowCursor OpenCursor(TableDef table, IndexDef? index, in KeyRange range, ScanDirection direction = ScanDirection.Forward, RowLockMode lockMode = RowLockMode.None);

    /// <summary>
    /// Point lookup by a full key of a unique index (or the primary key), as a consistent read: never waits,
    /// allocates nothing. Returns false when no visible row has that key. For keys containing NULL use a cursor.
    /// </summary>
    bool TryGetRow(TableDef table, IndexDef index, ReadOnlySpan<SqlValue> key, out RowRef row);

    /// <summary>
    /// Locking point lookup by a full unique key (SELECT … FOR UPDATE/SHARE by primary key, UPDATE/DELETE
    /// … WHERE pk = ?): locks the row and returns its latest version, or an empty <see cref="RowRef"/>.
    /// </summary>
    ValueTask<RowRef> LockRowAsync(TableDef table, IndexDef index, SqlValue[] key, RowLockMode mode, CancellationToken ct = default);

    /// <summary>
    /// Inserts a row (<see cref="TableDef.Columns"/>.Count values; storage takes ownership of the array and
    /// may write the generated AUTO_INCREMENT value into it). A NULL in the AUTO_INCREMENT column gets the
    /// next value (the engine turns 0 into NULL unless sql_mode has NO_AUTO_VALUE_ON_ZERO); an explicit value
    /// raises the counter past it. Unique checks may wait for a row lock held by another transaction
    /// inserting or deleting the same key. Throws ER_DUP_ENTRY (<c>'value' for key 'tbl.index'</c>) unless
    /// <see cref="InsertFlags.ReturnConflict"/> is given. NOT NULL, types and lengths are the engine's job.
    /// </summary>
    ValueTask<InsertResult> InsertAsync(TableDef table, SqlValue[] row, InsertFlags flags = InsertFlags.None, CancellationToken ct = default);

    /// <summary>
    /// Replaces the row <paramref name="row"/> (obtained from this transaction, normally through an
    /// exclusive-lock read) with <paramref name="newValues"/> (storage takes ownership). Locks the row if
    /// not yet locked. A changed primary key moves the row. Throws ER_DUP_ENTRY on unique conflicts.
    /// </summary>
    ValueTask UpdateAsync(TableDef table, RowRef row, SqlValue[] newValues, CancellationToken ct = default);

    /// <summary>Deletes the row (locking it if not yet locked). Deleting an already deleted row is a no-op.</summary>
    ValueTask DeleteAsync(TableDef table, RowRef row, CancellationToken ct = default);

    /// <summary>
    /// Adds an opaque outbox record (e.g. a Lambda invocation) that becomes durable atomically with this
    /// transaction's rows and is handed to the registered <see cref="Outbox.IOutboxConsumer"/> after commit
    /// (and again after a restart until acknowledged). Discarded on rollback, and on rollback to an earlier
    /// savepoint or statement start.
    /// </summary>
    void AddOutboxRecord(int type, ReadOnlyMemory<byte> payload);

    /// <summary>
    /// Commits. Completes when the commit is durable as innodb_flush_log_at_trx_commit demands (1: after the
    /// fsync of its commit group; 2: after the write; 0: at once) and visible to new snapshots; locks are
    /// released then. Read-only transactions complete synchronously. Cancellation does not undo a commit that
    /// has reached the log.
    /// </summary>
    ValueTask CommitAsync(CancellationToken ct = default);

    /// <summary>Rolls back everything and releases locks. Idempotent; synchronous (in-memory undo).</summary>
    void Rollback();
}
