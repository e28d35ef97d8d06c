using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Storage.Indexes;
using MiniAurora.Storage.InMemory;
using MiniAurora.Storage.Tables;

namespace MiniAurora.Storage.Transactions;

/// <summary>
/// The in-memory engine's transaction: a read snapshot (MVCC), an undo list of its changes (which is also
/// what commit logs), the row locks it holds, savepoints and outbox records. Used by one session at a time.
/// </summary>
internal sealed partial class StorageTransaction : IStorageTransaction
{
    private const int NoSnapshot = int.MinValue;

    private readonly List<UndoEntry> _undo = [];
    private readonly List<RowRecord> _locks = [];
    private List<(string Name, int Undo, int Outbox)>? _savepoints;
    private List<(int Type, ReadOnlyMemory<byte> Payload)>? _outbox;
    private List<TableStore>? _counterTables;
    private TreeEntry<RowRecord>[]? _scratch;
    private int _statementUndo;
    private int _statementOutbox;
    private int _snapshotSlot = NoSnapshot;
    private long _snapshotTs;
    private long _commitTs;
    private volatile TransactionState _state;

    public StorageTransaction(InMemoryStorageEngine engine, long id, TransactionOptions options)
    {
        Engine = engine;
        Id = id;
        Isolation = options.Isolation;
        IsReadOnly = options.ReadOnly;
        LockWaitTimeout = options.LockWaitTimeout ?? engine.Options.LockWaitTimeout;
        if (options.ConsistentSnapshot && Isolation != TransactionIsolation.ReadUncommitted)
        {
            EnsureSnapshot();
        }
    }

    public InMemoryStorageEngine Engine { get; }

    public long Id { get; }

    public TransactionIsolation Isolation { get; }

    public bool IsReadOnly { get; }

    public TransactionState State => _state;

    public bool HasWrites => _undo.Count > 0 || _outbox is { Count: > 0 };

    public TimeSpan LockWaitTimeout { get; set; }

    public int AutoIncrementIncrement { get; set; } = 1;

    public int AutoIncrementOffset { get; set; } = 1;

    /// <summary>Commit timestamp: 0 until commit assigns it (rolled-back transactions keep 0 forever).</summary>
    public long CommitTs => Volatile.Read(ref _commitTs);

    /// <summary>The record this transaction is waiting to lock (deadlock detection), or null.</summary>
    public volatile RowRecord? WaitingFor;

    internal List<UndoEntry> Undo => _undo;

    internal List<(int Type, ReadOnlyMemory<byte> Payload)>? Outbox => _outbox;

    internal List<TableStore>? CounterTables => _counterTables;

    public void BeginStatement()
    {
        EnsureActive();
        _statementUndo = _undo.Count;
        _statementOutbox = _outbox?.Count ?? 0;
        if (Isolation == TransactionIsolation.ReadCommitted && _snapshotSlot != NoSnapshot)
        {
            _snapshotTs = Engine.Snapshots.Refresh(_snapshotSlot, _snapshotTs, Engine.ReadVisibleTs);
        }
    }

    public void RollbackStatement()
    {
        if (_state != TransactionState.Active)
        {
            return;
        }
        UndoTo(_statementUndo, _statementOutbox);
    }

    public void SetSavepoint(string name)
    {
        EnsureActive();
        _savepoints ??= [];
        int existing = FindSavepoint(name);
        if (existing >= 0)
        {
            _savepoints.RemoveAt(existing);
        }
        _savepoints.Add((name, _undo.Count, _outbox?.Count ?? 0));
    }

    public void RollbackToSavepoint(string name)
    {
        EnsureActive();
        int i = FindSavepoint(name);
        if (i < 0)
        {
            throw MySqlErrors.SpDoesNotExist("SAVEPOINT", name);
        }
        var sp = _savepoints![i];
        _savepoints.RemoveRange(i + 1, _savepoints.Count - i - 1);
        UndoTo(sp.Undo, sp.Outbox);
        _statementUndo = Math.Min(_statementUndo, _undo.Count);
        _statementOutbox = Math.Min(_statementOutbox, _outbox?.Count ?? 0);
    }

    public void ReleaseSavepoint(string name)
    {
        EnsureActive();
        int i = FindSavepoint(name);
        if (i < 0)
        {
            throw MySqlErrors.SpDoesNotExist("SAVEPOINT", name);
        }
        _savepoints!.RemoveRange(i, _savepoints.Count - i);
    }

    public void AddOutboxRecord(int type, ReadOnlyMemory<byte> payload)
    {
        EnsureWritable();
        (_outbox ??= []).Add((type, payload.ToArray()));
    }

    public void Rollback()
    {
        if (_state is TransactionState.Committed or TransactionState.RolledBack)
        {
            return;
        }
        UndoTo(0, 0);
        Finish(TransactionState.RolledBack);
    }

    public void Dispose() => Rollback();

    /// <summary>Storage chose this transaction as a deadlock victim: roll it back before reporting 1213.</summary>
    internal void AbortAsDeadlockVictim() => Rollback();

    internal void TrackLock(RowRecord record) => _locks.Add(record);

    internal void TrackCounters(TableStore store)
    {
        _counterTables ??= [];
        if (!_counterTables.Contains(store))
        {
            _counterTables.Add(store);
        }
    }

    internal TreeEntry<RowRecord>[] Scratch => _scratch ??= new TreeEntry<RowRecord>[32];

    /// <summary>The version of a record this transaction's reads see, or null.</summary>
    internal RowVersion? Visible(RowRecord record)
    {
        var head = record.Head;
        if (Isolation == TransactionIsolation.ReadUncommitted)
        {
            return head;
        }
        long snapshot = _snapshotSlot == NoSnapshot ? EnsureSnapshot() : _snapshotTs;
        for (var v = head; v is not null; v = v.Older)
        {
            var writer = Volatile.Read(ref v.Writer);
            if (writer is null)
            {
                if (v.CommitTs <= snapshot)
                {
                    return v;
                }
            }
            else if (writer == this)
            {
                return v;
            }
            else
            {
                long ts = writer.CommitTs;
                if (ts != 0 && ts <= snapshot)
                {
                    return v;
                }
            }
        }
        return null;
    }

    internal void AssignCommitTs(long ts) => Volatile.Write(ref _commitTs, ts);

    internal void SetCommitting() => _state = TransactionState.Committing;

    /// <summary>Releases locks and the snapshot; the last step of commit and rollback.</summary>
    internal void Finish(TransactionState state)
    {
        foreach (var record in _locks)
        {
            RowLocks.Release(record, this);
        }
        _locks.Clear();
        if (_snapshotSlot != NoSnapshot)
        {
            Engine.Snapshots.Unregister(_snapshotSlot, _snapshotTs);
            _snapshotSlot = NoSnapshot;
        }
        _state = state;
    }

    private long EnsureSnapshot()
    {
        if (_snapshotSlot == NoSnapshot)
        {
            if (_state != TransactionState.Active)
            {
                // A cursor read after the end keeps the old view and must not register a slot nobody frees.
                return _snapshotTs != 0 ? _snapshotTs : Engine.ReadVisibleTs();
            }
            _snapshotSlot = Engine.Snapshots.Register(Engine.ReadVisibleTs, out _snapshotTs);
        }
        return _snapshotTs;
    }

    private int FindSavepoint(string name)
    {
        if (_savepoints is null)
        {
            return -1;
        }
        for (int i = _savepoints.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_savepoints[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    private void EnsureActive()
    {
        if (_state != TransactionState.Active)
        {
            throw MySqlErrors.InternalError($"storage transaction {Id} is {_state}");
        }
    }

    private void EnsureWritable()
    {
        EnsureActive();
        if (IsReadOnly)
        {
            throw MySqlErrors.CantExecuteInReadOnlyTransaction();
        }
    }

    private static SqlValue[] Clone(SqlValue[] values) => (SqlValue[])values.Clone();
}
