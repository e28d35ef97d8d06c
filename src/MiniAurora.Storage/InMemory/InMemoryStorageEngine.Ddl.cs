using MiniAurora.Core.Errors;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Catalog.Changes;
using MiniAurora.Storage.Outbox;
using MiniAurora.Storage.Recovery;
using MiniAurora.Storage.Tables;
using MiniAurora.Storage.Wal;

namespace MiniAurora.Storage.InMemory;

public sealed partial class InMemoryStorageEngine
{
    /// <summary>
    /// DDL: validate each change against a staging catalog, encode it as log records and apply those records
    /// with the same <see cref="RecordApplier"/> recovery uses; then log the batch as one durable unit and
    /// publish the new catalog and store map atomically.
    /// </summary>
    public async ValueTask<CatalogSnapshot> ApplyDdlAsync(IReadOnlyList<CatalogChange> changes, CancellationToken ct = default)
    {
        await _ddlLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var builder = new CatalogBuilder(_catalog);
            var applier = new RecordApplier(builder, new Dictionary<long, TableStore>(_stores), new Dictionary<long, OutboxRecord>());
            var w = new RecordWriter(1024);
            w.Empty(WalRecordType.Begin);
            var now = TimeProvider.GetUtcNow().UtcDateTime;
            foreach (var change in changes)
            {
                Stage(change, applier, w, now);
            }
            if (_wal is not null)
            {
                Task? durable;
                lock (_appendLock)
                {
                    durable = _wal.AppendUnitAsync(w.Written, ++_lastTs, 1, forceDurable: true);
                }
                if (durable is not null)
                {
                    await durable.ConfigureAwait(false);
                }
            }
            _stores = applier.Stores;
            _catalog = builder.Build();
            foreach (var retired in applier.Retired)
            {
                retired.Retired = true;
            }
            return _catalog;
        }
        finally
        {
            _ddlLock.Release();
        }
    }

    private void Stage(CatalogChange change, RecordApplier applier, RecordWriter w, DateTime now)
    {
        var catalog = applier.Catalog;
        switch (change)
        {
            case CreateDatabase c:
                if (catalog.Databases.ContainsKey(c.Database.Name))
                {
                    throw MySqlErrors.DbCreateExists(c.Database.Name);
                }
                Emit(applier, w, WalRecordType.PutDatabase, x => CatalogCodec.Write(x, c.Database));
                break;
            case AlterDatabase a:
                RequireDatabase(catalog, a.Database.Name);
                Emit(applier, w, WalRecordType.PutDatabase, x => CatalogCodec.Write(x, a.Database));
                break;
            case DropDatabase d:
                if (!catalog.Databases.ContainsKey(d.Name))
                {
                    throw MySqlErrors.DbDropExists(d.Name);
                }
                Emit(applier, w, WalRecordType.DropDatabase, x => x.String(d.Name));
                break;
            case CreateTable t:
            {
                RequireDatabase(catalog, t.Table.Schema);
                RequireFreeName(catalog, t.Table.Schema, t.Table.Name);
                var def = t.Table with
                {
                    Id = Interlocked.Increment(ref _nextTableId),
                    CreateTime = t.Table.CreateTime == default ? now : t.Table.CreateTime,
                };
                Emit(applier, w, WalRecordType.PutTable, x => CatalogCodec.Write(x, def));
                break;
            }
            case AlterTable a:
                StageAlter(a, applier, w);
                break;
            case DropTable d:
            {
                if (!catalog.Tables.TryGetValue((d.Schema, d.Name), out var table))
                {
                    throw MySqlErrors.BadTableError(d.Schema + "." + d.Name);
                }
                Emit(applier, w, WalRecordType.DropTable, x => x.VarLong(table.Id));
                break;
            }
            case TruncateTable t:
            {
                if (!catalog.Tables.TryGetValue((t.Schema, t.Name), out var table))
                {
                    throw MySqlErrors.NoSuchTable(t.Schema, t.Name);
                }
                Emit(applier, w, WalRecordType.TableClear, x =>
                {
                    x.VarLong(table.Id);
                    x.Bool(true);
                });
                break;
            }
            case RenameTable r:
            {
                if (!catalog.Tables.TryGetValue((r.Schema, r.Name), out var table))
                {
                    throw MySqlErrors.NoSuchTable(r.Schema, r.Name);
                }
                RequireDatabase(catalog, r.NewSchema);
                RequireFreeName(catalog, r.NewSchema, r.NewName);
                var def = table with { Schema = r.NewSchema, Name = r.NewName };
                Emit(applier, w, WalRecordType.PutTable, x => CatalogCodec.Write(x, def));
                break;
            }
            case CreateView v:
                RequireDatabase(catalog, v.View.Schema);
                if (catalog.Tables.ContainsKey((v.View.Schema, v.View.Name)) || (!v.OrReplace && catalog.Views.ContainsKey((v.View.Schema, v.View.Name))))
                {
                    throw MySqlErrors.TableExistsError(v.View.Name);
                }
                Emit(applier, w, WalRecordType.PutView, x => CatalogCodec.Write(x, v.View));
                break;
            case DropView v:
                if (!catalog.Views.ContainsKey((v.Schema, v.Name)))
                {
                    throw MySqlErrors.BadTableError(v.Schema + "." + v.Name);
                }
                Emit(applier, w, WalRecordType.DropView, x =>
                {
                    x.String(v.Schema);
                    x.String(v.Name);
                });
                break;
            case PutObject p:
            {
                var obj = p.Object with
                {
                    Order = p.Object.Order == 0 ? Interlocked.Increment(ref _nextObjectOrder) : p.Object.Order,
                    Created = p.Object.Created == default ? now : p.Object.Created,
                    Modified = p.Object.Modified == default ? now : p.Object.Modified,
                };
                Emit(applier, w, WalRecordType.PutObject, x => CatalogCodec.Write(x, obj));
                break;
            }
            case DropObject d:
                Emit(applier, w, WalRecordType.DropObject, x =>
                {
                    x.VarLong((short)d.Kind);
                    x.String(d.Schema);
                    x.String(d.Name);
                });
                break;
            default:
                throw MySqlErrors.InternalError("unknown catalog change " + change.GetType().Name);
        }
    }

    /// <summary>ALTER: in place when the clustered layout is kept; otherwise a rebuilt store whose rows are logged.</summary>
    private static void StageAlter(AlterTable alter, RecordApplier applier, RecordWriter w)
    {
        var catalog = applier.Catalog;
        var def = alter.Table;
        if (!catalog.TablesById.TryGetValue(def.Id, out var old))
        {
            throw MySqlErrors.NoSuchTable(def.Schema, def.Name);
        }
        var names = catalog.Databases.KeyComparer;
        if (!names.Equals(old.Schema, def.Schema) || !names.Equals(old.Name, def.Name))
        {
            RequireDatabase(catalog, def.Schema);
            RequireFreeName(catalog, def.Schema, def.Name);
        }
        var store = applier.Stores[def.Id];
        if (alter.RowMapper is null && store.CanAlterInPlace(def))
        {
            Emit(applier, w, WalRecordType.PutTable, x => CatalogCodec.Write(x, def));
            return;
        }
        var fresh = new TableStore(def);
        fresh.RestoreCounters(store.AutoIncrementNext, store.NextRowId);
        foreach (var (oldKey, oldValues) in store.LatestCommittedRows())
        {
            var values = alter.RowMapper?.Invoke(oldValues) ?? oldValues;
            if (values.Length != def.Columns.Count)
            {
                throw MySqlErrors.InternalError($"ALTER TABLE {def.Name}: row has {values.Length} values for {def.Columns.Count} columns");
            }
            var key = fresh.HasHiddenKey ? (store.HasHiddenKey ? oldKey : fresh.NewHiddenKey()) : fresh.BuildClusteredKey(values);
            if (!fresh.HasHiddenKey && fresh.Clustered.TryGet(key, out _))
            {
                throw MySqlErrors.DupEntry(KeyParts.FormatKey(key), def.Name + "." + IndexDef.PrimaryName);
            }
            fresh.PutCommitted(key, values, checkUnique: true);
        }
        w.Begin(WalRecordType.PutTable);
        CatalogCodec.Write(w, def);
        w.End();
        w.Begin(WalRecordType.TableClear);
        w.VarLong(def.Id);
        w.Bool(false);
        w.End();
        fresh.Latch.EnterReadLock();
        try
        {
            foreach (var entry in fresh.Clustered.All())
            {
                w.Begin(WalRecordType.RowInsert);
                w.VarLong(def.Id);
                w.Values(entry.Key);
                w.Values(entry.Value.Head.Values!);
                w.End();
            }
        }
        finally
        {
            fresh.Latch.ExitReadLock();
        }
        WriteCounters(w, fresh);
        catalog.PutTable(def);
        applier.Replace(def.Id, fresh);
    }

    private static void WriteCounters(RecordWriter w, TableStore store)
    {
        w.Begin(WalRecordType.Counters);
        w.VarLong(store.Id);
        w.VarLong(store.AutoIncrementNext);
        w.VarLong(store.NextRowId);
        w.End();
    }

    private static void Emit(RecordApplier applier, RecordWriter w, WalRecordType type, Action<RecordWriter> body)
    {
        w.Begin(type);
        body(w);
        w.End();
        applier.Apply(type, w.LastPayload);
    }

    private static void RequireDatabase(CatalogBuilder catalog, string name)
    {
        if (!catalog.Databases.ContainsKey(name))
        {
            throw MySqlErrors.BadDbError(name);
        }
    }

    private static void RequireFreeName(CatalogBuilder catalog, string schema, string name)
    {
        if (catalog.Tables.ContainsKey((schema, name)) || catalog.Views.ContainsKey((schema, name)))
        {
            throw MySqlErrors.TableExistsError(name);
        }
    }
}
