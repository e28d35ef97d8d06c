namespace MiniAurora.Storage;

/// <summary>Options for <see cref="IStorageEngine.Begin"/>.</summary>
/// <param name="Isolation">Isolation level (REPEATABLE READ by default, as InnoDB).</param>
/// <param name="ReadOnly">START TRANSACTION READ ONLY: writes fail with ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION.</param>
/// <param name="ConsistentSnapshot">WITH CONSISTENT SNAPSHOT: take the read snapshot now rather than at the first read.</param>
/// <param name="LockWaitTimeout">innodb_lock_wait_timeout; null uses <see cref="StorageOptions.LockWaitTimeout"/>.</param>
public sealed record TransactionOptions(
    TransactionIsolation Isolation = TransactionIsolation.RepeatableRead,
    bool ReadOnly = false,
    bool ConsistentSnapshot = false,
    TimeSpan? LockWaitTimeout = null)
{
    /// <summary>The default: REPEATABLE READ, read-write.</summary>
    public static TransactionOptions Default { get; } = new();
}
