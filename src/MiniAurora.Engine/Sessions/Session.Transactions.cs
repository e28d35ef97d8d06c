using MiniAurora.Engine.Sessions;
using MiniAurora.Storage;

namespace MiniAurora.Engine;

public sealed partial class Session
{
    private TransactionIsolation? _nextIsolation;
    private bool? _nextReadOnly;
    private TransactionOptions? _lastOptions;

    internal IStorageTransaction? Transaction => _transaction;

    internal bool HasExplicitTransaction => _explicitTransaction;

    /// <summary>SET TRANSACTION without GLOBAL/SESSION: characteristics of the next transaction only.</summary>
    internal void SetNextTransaction(TransactionIsolation? isolation, bool? readOnly)
    {
        if (isolation is not null)
        {
            _nextIsolation = isolation;
        }
        if (readOnly is not null)
        {
            _nextReadOnly = readOnly;
        }
    }

    internal IStorageTransaction BeginStorageTransaction(bool? readOnly, bool consistentSnapshot)
    {
        var isolation = _nextIsolation ?? ParseIsolation(Variables.GetText("transaction_isolation"));
        bool ro = readOnly ?? _nextReadOnly ?? Variables.GetInt("transaction_read_only") != 0;
        _nextIsolation = null;
        _nextReadOnly = null;
        var timeout = TimeSpan.FromSeconds(Math.Max(1, Variables.GetInt("innodb_lock_wait_timeout")));
        var options = _lastOptions;
        if (options is null || options.Isolation != isolation || options.ReadOnly != ro || options.ConsistentSnapshot != consistentSnapshot || options.LockWaitTimeout != timeout)
        {
            options = _lastOptions = new TransactionOptions(isolation, ro, consistentSnapshot, timeout);
        }
        var tx = Engine.Storage.Begin(options);
        tx.AutoIncrementIncrement = (int)Math.Clamp(Variables.GetInt("auto_increment_increment"), 1, 65535);
        tx.AutoIncrementOffset = (int)Math.Clamp(Variables.GetInt("auto_increment_offset"), 1, 65535);
        return tx;
    }

    internal static TransactionIsolation ParseIsolation(string text) =>
        text.Equals("READ-UNCOMMITTED", StringComparison.OrdinalIgnoreCase) ? TransactionIsolation.ReadUncommitted
        : text.Equals("READ-COMMITTED", StringComparison.OrdinalIgnoreCase) ? TransactionIsolation.ReadCommitted
        : text.Equals("SERIALIZABLE", StringComparison.OrdinalIgnoreCase) ? TransactionIsolation.Serializable
        : TransactionIsolation.RepeatableRead;

    /// <summary>BEGIN / START TRANSACTION: commits any open transaction first (implicit commit), then opens one.</summary>
    internal async ValueTask BeginExplicitAsync(bool? readOnly, bool consistentSnapshot, CancellationToken ct)
    {
        await CommitTransactionAsync(ct).ConfigureAwait(false);
        _transaction = BeginStorageTransaction(readOnly, consistentSnapshot);
        _explicitTransaction = true;
    }

    internal async ValueTask CommitTransactionAsync(CancellationToken ct)
    {
        var tx = _transaction;
        _transaction = null;
        _explicitTransaction = false;
        if (tx is null)
        {
            return;
        }
        try
        {
            if (tx.State == TransactionState.Active)
            {
                await tx.CommitAsync(ct).ConfigureAwait(false);
            }
        }
        finally
        {
            tx.Dispose();
        }
    }

    internal void RollbackTransaction()
    {
        var tx = _transaction;
        _transaction = null;
        _explicitTransaction = false;
        if (tx is null)
        {
            return;
        }
        try
        {
            tx.Rollback();
        }
        finally
        {
            tx.Dispose();
        }
    }

    private void DropTransaction()
    {
        var tx = _transaction;
        _transaction = null;
        _explicitTransaction = false;
        tx?.Dispose();
    }
}
