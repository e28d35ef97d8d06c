using MiniAurora.Storage.Outbox;
using MiniAurora.Storage.Transactions;

namespace MiniAurora.Storage.Wal;

/// <summary>
/// Turns a committing transaction's change list into log records: Begin, one row record per change in
/// order (full row images keyed by the clustered key), the counters of touched tables, its outbox records.
/// The Commit record is added by <see cref="WalWriter"/> under the append lock, with the commit timestamp.
/// </summary>
internal static class RedoEncoder
{
    public static void Encode(RecordWriter w, StorageTransaction tx, List<OutboxRecord>? outbox)
    {
        w.Begin(WalRecordType.Begin);
        w.VarLong(tx.Id);
        w.End();
        foreach (var e in tx.Undo)
        {
            var values = e.Version.Values;
            if (values is null)
            {
                w.Begin(WalRecordType.RowDelete);
                w.VarLong(e.Table.Id);
                w.Values(e.Record.Key);
                w.End();
                continue;
            }
            w.Begin(e.NewRecord ? WalRecordType.RowInsert : WalRecordType.RowUpdate);
            w.VarLong(e.Table.Id);
            w.Values(e.Record.Key);
            w.Values(values);
            w.End();
        }
        if (tx.CounterTables is { } tables)
        {
            foreach (var table in tables)
            {
                w.Begin(WalRecordType.Counters);
                w.VarLong(table.Id);
                w.VarLong(table.AutoIncrementNext);
                w.VarLong(table.NextRowId);
                w.End();
            }
        }
        if (outbox is not null)
        {
            foreach (var record in outbox)
            {
                WriteOutbox(w, record);
            }
        }
    }

    public static void WriteOutbox(RecordWriter w, OutboxRecord record)
    {
        w.Begin(WalRecordType.OutboxPut);
        w.VarLong(record.Id);
        w.VarLong(record.Type);
        w.Bytes(record.Payload.Span);
        w.End();
    }
}
