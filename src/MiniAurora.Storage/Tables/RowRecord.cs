using MiniAurora.Core.Values;
using MiniAurora.Storage.Transactions;

namespace MiniAurora.Storage.Tables;

/// <summary>
/// A logical row identified by its clustered key: the version chain plus its row-lock state.
/// Lock fields are guarded by <c>lock(record)</c> (thin, allocation-free when uncontended); the chain head is
/// replaced only under the table latch by the holder of the exclusive row lock, and read lock-free.
/// </summary>
internal sealed class RowRecord
{
    public RowRecord(SqlValue[] key, RowVersion head)
    {
        Key = key;
        Head = head;
    }

    /// <summary>Clustered key (primary key values, or the hidden row id). Immutable.</summary>
    public readonly SqlValue[] Key;

    public volatile RowVersion Head;

    /// <summary>Exclusive lock holder (guarded by lock(this)).</summary>
    public StorageTransaction? ExclusiveOwner;

    /// <summary>Shared lock holders (guarded by lock(this)); null when none ever.</summary>
    public List<StorageTransaction>? SharedOwners;

    /// <summary>FIFO of lock waiters (guarded by lock(this)).</summary>
    public LockWaiter? FirstWaiter;

    public LockWaiter? LastWaiter;

    /// <summary>Removed from its table (purged or insert rolled back): lockers must look the key up again.</summary>
    public volatile bool Detached;

    public bool HasLockOrWaiters => ExclusiveOwner is not null || SharedOwners is { Count: > 0 } || FirstWaiter is not null;
}
