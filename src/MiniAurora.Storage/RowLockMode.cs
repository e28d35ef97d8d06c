namespace MiniAurora.Storage;

/// <summary>How a read locks the rows it returns.</summary>
public enum RowLockMode : byte
{
    /// <summary>Consistent (snapshot) read: no locks, never waits, sees the transaction's snapshot.</summary>
    None,

    /// <summary>
    /// SELECT … FOR SHARE / LOCK IN SHARE MODE: shared row locks held to the end of the transaction;
    /// returns the latest committed version (a "current read"), waiting for writers.
    /// </summary>
    Shared,

    /// <summary>
    /// SELECT … FOR UPDATE, and the scan of UPDATE/DELETE: exclusive row locks held to the end of the
    /// transaction; returns the latest committed version (or the transaction's own), waiting for other lockers.
    /// </summary>
    Exclusive,
}
