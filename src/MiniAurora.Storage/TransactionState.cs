namespace MiniAurora.Storage;

/// <summary>Lifecycle of a storage transaction.</summary>
public enum TransactionState : byte
{
    /// <summary>Open: reads and writes allowed.</summary>
    Active,

    /// <summary>CommitAsync has started; no more operations are accepted.</summary>
    Committing,

    /// <summary>Committed; further operations throw.</summary>
    Committed,

    /// <summary>
    /// Rolled back, by <see cref="IStorageTransaction.Rollback"/> or by storage itself after choosing the
    /// transaction as a deadlock victim (ER_LOCK_DEADLOCK). Further operations throw.
    /// </summary>
    RolledBack,
}
