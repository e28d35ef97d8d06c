namespace MiniAurora.Storage;

/// <summary>Transaction isolation levels, with InnoDB's meanings.</summary>
public enum TransactionIsolation : byte
{
    /// <summary>Reads see the latest versions, committed or not.</summary>
    ReadUncommitted,

    /// <summary>Each statement reads a fresh snapshot (taken at <see cref="IStorageTransaction.BeginStatement"/>).</summary>
    ReadCommitted,

    /// <summary>The default: one snapshot for the whole transaction, taken at its first read (or at begin with WITH CONSISTENT SNAPSHOT).</summary>
    RepeatableRead,

    /// <summary>
    /// As REPEATABLE READ in storage; InnoDB additionally turns plain SELECTs into FOR SHARE reads when
    /// autocommit is off — the engine does that by passing <see cref="RowLockMode.Shared"/>.
    /// </summary>
    Serializable,
}
