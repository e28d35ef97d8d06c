using MiniAurora.Core.Errors;
using MiniAurora.Storage.Tables;

namespace MiniAurora.Storage.Transactions;

/// <summary>
/// Row locks (shared/exclusive) kept in the record itself, FIFO waiters, async waits with a timeout and a
/// deadlock check on every wait. Grants made on behalf of a waiter also record the lock in the waiter's
/// transaction (safe: a waiting transaction is suspended in its own wait).
/// </summary>
internal static class RowLocks
{
    private static readonly TimeSpan s_maxTimeout = TimeSpan.FromDays(24);

    /// <summary>Grants at once if possible; otherwise queues and waits (ER_LOCK_WAIT_TIMEOUT / ER_LOCK_DEADLOCK).</summary>
    public static ValueTask AcquireAsync(RowRecord record, StorageTransaction tx, bool exclusive, CancellationToken ct)
    {
        LockWaiter waiter;
        lock (record)
        {
            if (TryGrantLocked(record, tx, exclusive, respectQueue: true))
            {
                return default;
            }
            waiter = new LockWaiter(tx, exclusive);
            if (record.LastWaiter is null)
            {
                record.FirstWaiter = record.LastWaiter = waiter;
            }
            else
            {
                record.LastWaiter.Next = waiter;
                record.LastWaiter = waiter;
            }
        }
        return WaitAsync(record, waiter, ct);
    }

    /// <summary>Grants without waiting if possible (caller holds lock(record)).</summary>
    public static bool TryGrantLocked(RowRecord record, StorageTransaction tx, bool exclusive, bool respectQueue)
    {
        var shared = record.SharedOwners;
        bool holdsShared = shared is not null && shared.Contains(tx);
        if (record.ExclusiveOwner == tx)
        {
            return true;
        }
        if (record.ExclusiveOwner is not null)
        {
            return false;
        }
        if (exclusive)
        {
            bool othersShared = shared is not null && shared.Count > (holdsShared ? 1 : 0);
            if (othersShared || (respectQueue && record.FirstWaiter is not null && !holdsShared))
            {
                return false;
            }
            record.ExclusiveOwner = tx;
            if (!holdsShared)
            {
                tx.TrackLock(record);
            }
            return true;
        }
        if (holdsShared)
        {
            return true;
        }
        if (respectQueue && record.FirstWaiter is not null)
        {
            return false;
        }
        (record.SharedOwners ??= new List<StorageTransaction>(2)).Add(tx);
        tx.TrackLock(record);
        return true;
    }

    /// <summary>Releases every lock <paramref name="tx"/> holds on the record and wakes compatible waiters.</summary>
    public static void Release(RowRecord record, StorageTransaction tx)
    {
        lock (record)
        {
            if (record.ExclusiveOwner == tx)
            {
                record.ExclusiveOwner = null;
            }
            record.SharedOwners?.Remove(tx);
            GrantWaitersLocked(record);
        }
    }

    private static void GrantWaitersLocked(RowRecord record)
    {
        while (record.FirstWaiter is { } w && TryGrantLocked(record, w.Transaction, w.Exclusive, respectQueue: false))
        {
            w.Granted = true;
            w.Transaction.WaitingFor = null;
            Dequeue(record, w);
            w.Completion.TrySetResult();
        }
    }

    private static void Dequeue(RowRecord record, LockWaiter waiter)
    {
        LockWaiter? prev = null;
        for (var w = record.FirstWaiter; w is not null; prev = w, w = w.Next)
        {
            if (w != waiter)
            {
                continue;
            }
            if (prev is null)
            {
                record.FirstWaiter = w.Next;
            }
            else
            {
                prev.Next = w.Next;
            }
            if (record.LastWaiter == w)
            {
                record.LastWaiter = prev;
            }
            w.Next = null;
            return;
        }
    }

    /// <summary>Removes a waiter that gave up; returns false if it had been granted meanwhile.</summary>
    private static bool Abandon(RowRecord record, LockWaiter waiter)
    {
        lock (record)
        {
            if (waiter.Granted)
            {
                return false;
            }
            Dequeue(record, waiter);
            GrantWaitersLocked(record);
            return true;
        }
    }

    private static async ValueTask WaitAsync(RowRecord record, LockWaiter waiter, CancellationToken ct)
    {
        var tx = waiter.Transaction;
        if (!waiter.Completion.Task.IsCompleted && DeadlockDetector.BeginWait(tx, record))
        {
            tx.WaitingFor = null;
            if (Abandon(record, waiter))
            {
                tx.AbortAsDeadlockVictim();
                throw MySqlErrors.LockDeadlock();
            }
            return;
        }
        try
        {
            var timeout = tx.LockWaitTimeout;
            if (timeout > s_maxTimeout || timeout < TimeSpan.Zero)
            {
                // innodb_lock_wait_timeout goes up to 2^30 s; timers take at most ~49 days.
                timeout = Timeout.InfiniteTimeSpan;
            }
            await waiter.Completion.Task.WaitAsync(timeout, tx.Engine.TimeProvider, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            if (Abandon(record, waiter))
            {
                throw MySqlErrors.LockWaitTimeout();
            }
        }
        catch (OperationCanceledException)
        {
            if (Abandon(record, waiter))
            {
                throw;
            }
        }
        finally
        {
            tx.WaitingFor = null;
        }
    }

    /// <summary>Transactions the given one would wait for on this record: holders and waiters queued ahead.</summary>
    public static List<StorageTransaction> Blockers(RowRecord record, StorageTransaction waiting)
    {
        var result = new List<StorageTransaction>(2);
        lock (record)
        {
            if (record.ExclusiveOwner is { } x && x != waiting)
            {
                result.Add(x);
            }
            if (record.SharedOwners is { } shared)
            {
                foreach (var s in shared)
                {
                    if (s != waiting)
                    {
                        result.Add(s);
                    }
                }
            }
            // Waiters queued ahead block too (FIFO) — but only if the transaction is itself queued here: a stale
            // WaitingFor of a just-granted transaction must not make everyone behind it look like its blocker.
            int mark = result.Count;
            bool queued = false;
            for (var w = record.FirstWaiter; w is not null; w = w.Next)
            {
                if (w.Transaction == waiting)
                {
                    queued = true;
                    break;
                }
                result.Add(w.Transaction);
            }
            if (!queued)
            {
                result.RemoveRange(mark, result.Count - mark);
            }
        }
        return result;
    }
}
