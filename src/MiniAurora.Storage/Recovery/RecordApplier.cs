using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.InMemory;
using MiniAurora.Storage.Outbox;
using MiniAurora.Storage.Tables;
using MiniAurora.Storage.Wal;

namespace MiniAurora.Storage.Recovery;

/// <summary>
/// Applies logged records to a staging catalog and the table stores. Used by recovery (log and snapshot)
/// and by DDL at run time, so both paths produce the same state from the same records.
/// </summary>
internal sealed class RecordApplier
{
    public RecordApplier(CatalogBuilder catalog, Dictionary<long, TableStore> stores, Dictionary<long, OutboxRecord> outbox)
    {
        Catalog = catalog;
        Stores = stores;
        Outbox = outbox;
    }

    public CatalogBuilder Catalog { get; }

    public Dictionary<long, TableStore> Stores { get; }

    public Dictionary<long, OutboxRecord> Outbox { get; }

    public long MaxTableId { get; private set; }

    public long MaxObjectOrder { get; private set; }

    public long MaxOutboxId { get; private set; }

    /// <summary>Stores retired by the records applied (drops, rebuilds); the caller marks them after publishing.</summary>
    public List<TableStore> Retired { get; } = [];

    public void Apply(WalRecordType type, ReadOnlySpan<byte> payload)
    {
        var r = new PayloadReader(payload);
        switch (type)
        {
            case WalRecordType.RowInsert:
            case WalRecordType.RowUpdate:
            {
                long id = r.VarLong();
                var key = r.Values();
                var values = r.Values();
                if (Stores.TryGetValue(id, out var store))
                {
                    store.PutCommitted(key, values);
                }
                break;
            }
            case WalRecordType.RowDelete:
            {
                long id = r.VarLong();
                var key = r.Values();
                if (Stores.TryGetValue(id, out var store))
                {
                    store.DeleteCommitted(key);
                }
                break;
            }
            case WalRecordType.Counters:
            {
                long id = r.VarLong();
                long autoInc = r.VarLong();
                long rowId = r.VarLong();
                if (Stores.TryGetValue(id, out var store))
                {
                    store.RestoreCounters(autoInc, rowId);
                }
                break;
            }
            case WalRecordType.TableClear:
            {
                long id = r.VarLong();
                bool resetCounters = r.Bool();
                if (Stores.TryGetValue(id, out var old))
                {
                    var fresh = new TableStore(old.Def);
                    if (!resetCounters)
                    {
                        fresh.RestoreCounters(old.AutoIncrementNext, old.NextRowId);
                    }
                    Replace(id, fresh);
                }
                break;
            }
            case WalRecordType.PutDatabase:
            {
                var db = CatalogCodec.ReadDatabase(ref r);
                Catalog.Databases[db.Name] = db;
                break;
            }
            case WalRecordType.DropDatabase:
                DropDatabase(r.String());
                break;
            case WalRecordType.PutTable:
                PutTable(CatalogCodec.ReadTable(ref r));
                break;
            case WalRecordType.DropTable:
            {
                long id = r.VarLong();
                Catalog.RemoveTable(id);
                if (Stores.Remove(id, out var store))
                {
                    Retired.Add(store);
                }
                break;
            }
            case WalRecordType.PutView:
            {
                var view = CatalogCodec.ReadView(ref r);
                Catalog.Views[(view.Schema, view.Name)] = view;
                break;
            }
            case WalRecordType.DropView:
                Catalog.Views.Remove((r.String(), r.String()));
                break;
            case WalRecordType.PutObject:
            {
                var obj = CatalogCodec.ReadObject(ref r);
                Catalog.Objects[(obj.Kind, obj.Schema, obj.Name)] = obj;
                MaxObjectOrder = Math.Max(MaxObjectOrder, obj.Order);
                break;
            }
            case WalRecordType.DropObject:
                Catalog.Objects.Remove(((CatalogObjectKind)r.VarInt(), r.String(), r.String()));
                break;
            case WalRecordType.OutboxPut:
            {
                long id = r.VarLong();
                int recordType = r.VarInt();
                Outbox[id] = new OutboxRecord(id, recordType, r.Bytes());
                MaxOutboxId = Math.Max(MaxOutboxId, id);
                break;
            }
            case WalRecordType.OutboxAck:
            {
                int n = r.VarInt();
                for (int i = 0; i < n; i++)
                {
                    Outbox.Remove(r.VarLong());
                }
                break;
            }
            default:
                throw new FormatException($"unexpected record type {(byte)type}");
        }
    }

    /// <summary>Creates the store, or changes the definition of an existing one (in place or as an empty rebuilt table).</summary>
    public void PutTable(TableDef table)
    {
        MaxTableId = Math.Max(MaxTableId, table.Id);
        Catalog.PutTable(table);
        if (!Stores.TryGetValue(table.Id, out var store))
        {
            Stores[table.Id] = new TableStore(table);
        }
        else if (store.Def == table)
        {
            return;
        }
        else if (store.CanAlterInPlace(table))
        {
            store.AlterInPlace(table);
        }
        else
        {
            // The log follows a layout change with TableClear and the rewritten rows.
            var fresh = new TableStore(table);
            fresh.RestoreCounters(store.AutoIncrementNext, store.NextRowId);
            Replace(table.Id, fresh);
        }
    }

    public void Replace(long id, TableStore fresh)
    {
        if (Stores.TryGetValue(id, out var old))
        {
            Retired.Add(old);
        }
        Stores[id] = fresh;
    }

    private void DropDatabase(string name)
    {
        var names = Catalog.Databases.KeyComparer;
        Catalog.Databases.Remove(name);
        foreach (var table in Catalog.TablesById.Values.Where(t => names.Equals(t.Schema, name)).ToList())
        {
            Catalog.RemoveTable(table.Id);
            if (Stores.Remove(table.Id, out var store))
            {
                Retired.Add(store);
            }
        }
        foreach (var key in Catalog.Views.Keys.Where(k => names.Equals(k.Schema, name)).ToList())
        {
            Catalog.Views.Remove(key);
        }
        foreach (var key in Catalog.Objects.Keys.Where(k => k.Schema.Length > 0 && names.Equals(k.Schema, name)).ToList())
        {
            Catalog.Objects.Remove(key);
        }
    }
}
