namespace MiniAurora.Storage.Outbox;

/// <summary>
/// A committed outbox record. <see cref="Id"/> is assigned by storage, unique and stable across restarts
/// (use it as the de-duplication id of at-least-once delivery).
/// </summary>
/// <param name="Id">Stable id.</param>
/// <param name="Type">The producer's record type.</param>
/// <param name="Payload">The producer's bytes (owned by the record; never modified).</param>
public sealed record OutboxRecord(long Id, int Type, ReadOnlyMemory<byte> Payload);
