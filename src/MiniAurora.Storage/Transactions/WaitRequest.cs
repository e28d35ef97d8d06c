using MiniAurora.Storage.Tables;

namespace MiniAurora.Storage.Transactions;

/// <summary>A lock a write must wait for before retrying (Record null: no wait needed).</summary>
internal readonly record struct WaitRequest(RowRecord? Record, bool Exclusive);
