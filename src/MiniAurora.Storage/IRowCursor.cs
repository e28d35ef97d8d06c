namespace MiniAurora.Storage;

/// <summary>
/// A forward-only cursor over rows of one index range, from <see cref="IStorageTransaction.OpenCursor"/>.
/// For <see cref="RowLockMode.None"/> <see cref="MoveNextAsync"/> always completes synchronously (no I/O, no waits);
/// locking cursors may wait for row locks. The cursor never holds an internal latch between calls, so the
/// caller may await anything between rows. Dispose it when done (it may be pooled); it must not be used
/// after its transaction ends.
/// </summary>
public interface IRowCursor : IDisposable
{
    /// <summary>
    /// Advances to the next visible row in the range. Throws ER_LOCK_WAIT_TIMEOUT / ER_LOCK_DEADLOCK on lock
    /// waits in locking mode.
    /// </summary>
    ValueTask<bool> MoveNextAsync(CancellationToken ct = default);

    /// <summary>The current row (valid after MoveNextAsync returned true; its values stay valid afterwards too).</summary>
    RowRef Current { get; }

    /// <summary>
    /// Repositions the cursor on a new range of the same index, keeping direction and lock mode — for index
    /// nested-loop joins, so an inner lookup per outer row allocates nothing.
    /// </summary>
    void Reset(in KeyRange range);
}
