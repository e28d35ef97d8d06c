namespace MiniAurora.Storage;

/// <summary>Options for opening a storage engine.</summary>
public sealed record StorageOptions
{
    /// <summary>
    /// Directory holding the log and snapshots (storage uses <c>&lt;dir&gt;/storage/</c>, created if missing).
    /// Null: purely in memory, nothing is written (unit tests).
    /// </summary>
    public string? DataDirectory { get; init; }

    /// <summary>innodb_flush_log_at_trx_commit at open (1, 2 or 0); changeable later through <see cref="IStorageEngine.FlushLogAtTrxCommit"/>.</summary>
    public int FlushLogAtTrxCommit { get; init; } = 1;

    /// <summary>A background checkpoint starts when the log grows beyond this many bytes.</summary>
    public long CheckpointLogBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Default innodb_lock_wait_timeout (50 s, as MySQL).</summary>
    public TimeSpan LockWaitTimeout { get; init; } = TimeSpan.FromSeconds(50);

    /// <summary>lower_case_table_names=1: database and table names compare case-insensitively. Default 0 (Linux MySQL).</summary>
    public bool LowerCaseTableNames { get; init; }

    /// <summary>Time source for lock waits, once-a-second flushes and create times.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Receives recovery and checkpoint messages for the server log. Null: silent.</summary>
    public Action<string>? Log { get; init; }
}
