using MiniAurora.Core.Values;
using MiniAurora.Storage.Tables;

namespace MiniAurora.Storage.Transactions;

/// <summary>
/// History that becomes garbage once every snapshot is at or past <see cref="Ts"/>: a deleted record
/// (Index null) or a secondary entry an update stopped producing.
/// </summary>
internal readonly record struct PurgeItem(TableStore Table, RowRecord Record, long Ts, SecondaryIndex? Index, SqlValue[]? Key);
