using MiniAurora.Storage.Tables;

namespace MiniAurora.Storage.Transactions;

/// <summary>
/// Wait-for graph check, run once per lock wait (waits are the slow path). Registration and the search run
/// under one gate so two transactions closing a cycle at the same moment see each other; the requester that
/// closes the cycle is the victim (InnoDB picks the lighter transaction; the requester is a fine proxy here).
/// </summary>
internal static class DeadlockDetector
{
    private const int MaxDepth = 200;
    private static readonly Lock s_gate = new();

    /// <summary>Marks <paramref name="tx"/> as waiting for <paramref name="record"/>; true when that closes a cycle.</summary>
    public static bool BeginWait(StorageTransaction tx, RowRecord record)
    {
        lock (s_gate)
        {
            tx.WaitingFor = record;
            var visited = new HashSet<StorageTransaction>();
            return Reaches(record, tx, tx, visited, 0);
        }
    }

    private static bool Reaches(RowRecord record, StorageTransaction waiter, StorageTransaction target, HashSet<StorageTransaction> visited, int depth)
    {
        if (depth > MaxDepth)
        {
            // A chain this long is treated as a deadlock, as InnoDB does past its search limit.
            return true;
        }
        foreach (var blocker in RowLocks.Blockers(record, waiter))
        {
            if (blocker == target)
            {
                return true;
            }
            if (!visited.Add(blocker))
            {
                continue;
            }
            if (blocker.WaitingFor is { } next && Reaches(next, blocker, target, visited, depth + 1))
            {
                return true;
            }
        }
        return false;
    }
}
