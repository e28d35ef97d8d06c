namespace MiniAurora.Storage;

/// <summary>Options for <see cref="IStorageTransaction.InsertAsync"/>.</summary>
[Flags]
public enum InsertFlags : byte
{
    /// <summary>Plain INSERT: conflicts throw ER_DUP_ENTRY.</summary>
    None = 0,

    /// <summary>
    /// On a unique-key conflict don't throw ER_DUP_ENTRY: lock the conflicting row exclusively and return it
    /// in <see cref="InsertResult.Conflict"/> (for INSERT IGNORE, ON DUPLICATE KEY UPDATE and REPLACE).
    /// Nothing is inserted in that case.
    /// </summary>
    ReturnConflict = 1,
}
