namespace MiniAurora.Storage.Outbox;

/// <summary>
/// Receives committed outbox records (the Lambda outbox, issue #7). Called on the committing thread after
/// the commit is durable, or at registration for recovered records: implementations must only enqueue
/// (no I/O, no blocking) and must not throw. Records stay pending until
/// <see cref="IStorageEngine.AcknowledgeOutboxAsync"/>.
/// </summary>
public interface IOutboxConsumer
{
    void OnCommitted(IReadOnlyList<OutboxRecord> records);
}
