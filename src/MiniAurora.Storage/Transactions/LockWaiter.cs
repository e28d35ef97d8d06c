namespace MiniAurora.Storage.Transactions;

/// <summary>A queued row-lock request; fields other than the completion are guarded by lock(record).</summary>
internal sealed class LockWaiter
{
    public LockWaiter(StorageTransaction transaction, bool exclusive)
    {
        Transaction = transaction;
        Exclusive = exclusive;
    }

    public StorageTransaction Transaction { get; }

    public bool Exclusive { get; }

    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LockWaiter? Next;

    public bool Granted;
}
