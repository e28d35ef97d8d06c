namespace MiniAurora.Storage.Wal;

/// <summary>
/// Record types of the write-ahead log and of snapshot files. PERSISTED: values are explicit and
/// append-only — never renumber or reuse one (guarded by a stability test).
/// </summary>
public enum WalRecordType : byte
{
    /// <summary>Starts a unit (transaction or DDL batch): commit timestamp.</summary>
    Begin = 1,

    /// <summary>Ends a unit; a unit without it (torn tail) is discarded on recovery.</summary>
    Commit = 2,

    /// <summary>Row put: table id, clustered key, row values.</summary>
    RowInsert = 10,

    /// <summary>Row put replacing an existing row with the same clustered key.</summary>
    RowUpdate = 11,

    /// <summary>Row delete: table id, clustered key.</summary>
    RowDelete = 12,

    /// <summary>AUTO_INCREMENT counter and hidden row id high-water marks of a table.</summary>
    Counters = 13,

    /// <summary>All rows of a table removed (TRUNCATE, or before a rebuilt table's rows).</summary>
    TableClear = 14,

    PutDatabase = 20,
    DropDatabase = 21,

    /// <summary>Create or replace a table definition (by id).</summary>
    PutTable = 22,

    /// <summary>Drop a table by id.</summary>
    DropTable = 23,

    PutView = 24,
    DropView = 25,
    PutObject = 26,
    DropObject = 27,

    /// <summary>An outbox record committed with the unit.</summary>
    OutboxPut = 40,

    /// <summary>Outbox records acknowledged by their consumer.</summary>
    OutboxAck = 41,

    /// <summary>Snapshot file header: format version and the log segment the snapshot precedes.</summary>
    SnapshotHeader = 60,

    /// <summary>Snapshot file trailer: a snapshot without it is corrupt.</summary>
    SnapshotEnd = 61,
}
