using MiniAurora.Storage.Indexes;
using MiniAurora.Storage.Tables;
using MiniAurora.Storage.Wal;

namespace MiniAurora.Storage.InMemory;

public sealed partial class InMemoryStorageEngine
{
    /// <summary>
    /// Checkpoint without stopping writers: rotate the log to a new segment N at a known commit timestamp B
    /// (under the append lock), then write snapshot N of everything visible at B — catalog, counters, rows,
    /// pending outbox — reading rows in latch-free batches as a snapshot reader would; fsync it, rename it into
    /// place, and delete older segments and snapshots. DDL waits (it takes the same lock).
    /// </summary>
    public async ValueTask CheckpointAsync(CancellationToken ct = default)
    {
        if (_wal is null || _storageDirectory is null)
        {
            return;
        }
        await _ddlLock.WaitAsync(ct).ConfigureAwait(false);
        int slot = Snapshots.Register(ReadVisibleTs, out long registered);
        try
        {
            long boundary;
            long segment;
            Task rotated;
            lock (_appendLock)
            {
                boundary = _lastTs;
                rotated = _wal.RequestRotationAsync(out segment);
            }
            await rotated.ConfigureAwait(false);
            var tmp = Path.Combine(_storageDirectory, WalFormat.SnapshotName(segment) + ".tmp");
            await Task.Run(() => WriteSnapshot(tmp, segment, boundary), ct).ConfigureAwait(false);
            File.Move(tmp, Path.Combine(_storageDirectory, WalFormat.SnapshotName(segment)), overwrite: true);
            foreach (var file in Directory.GetFiles(_storageDirectory))
            {
                var name = Path.GetFileName(file);
                if ((WalFormat.TryParseSeq(name, "wal.", ".log", out long s) && s < segment)
                    || (WalFormat.TryParseSeq(name, "snapshot.", ".dat", out s) && s < segment))
                {
                    File.Delete(file);
                }
            }
            Options.Log?.Invoke($"storage: checkpoint {segment} written");
        }
        finally
        {
            Snapshots.Unregister(slot, registered);
            _ddlLock.Release();
        }
    }

    private void WriteSnapshot(string path, long segment, long boundary)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var w = new RecordWriter(1 << 16);
        w.Begin(WalRecordType.SnapshotHeader);
        w.VarLong(WalFormat.SnapshotFormat);
        w.VarLong(segment);
        w.VarLong(boundary);
        w.End();
        var catalog = _catalog;
        foreach (var db in catalog.Databases)
        {
            w.Begin(WalRecordType.PutDatabase);
            CatalogCodec.Write(w, db);
            w.End();
        }
        foreach (var view in catalog.AllViews)
        {
            w.Begin(WalRecordType.PutView);
            CatalogCodec.Write(w, view);
            w.End();
        }
        foreach (var obj in catalog.ObjectMap.Values)
        {
            w.Begin(WalRecordType.PutObject);
            CatalogCodec.Write(w, obj);
            w.End();
        }
        var stores = _stores;
        foreach (var table in catalog.AllTables)
        {
            if (!stores.TryGetValue(table.Id, out var store))
            {
                continue;
            }
            w.Begin(WalRecordType.PutTable);
            CatalogCodec.Write(w, store.Def);
            w.End();
            WriteCounters(w, store);
            WriteRows(w, store, boundary, file);
        }
        foreach (var record in PendingOutbox())
        {
            RedoEncoder.WriteOutbox(w, record);
        }
        w.Empty(WalRecordType.SnapshotEnd);
        file.Write(w.Written);
        file.Flush(flushToDisk: true);
    }

    private static void WriteRows(RecordWriter w, TableStore store, long boundary, FileStream file)
    {
        var buffer = new TreeEntry<RowRecord>[256];
        Core.Values.SqlValue[]? last = null;
        while (true)
        {
            int n;
            store.Latch.EnterReadLock();
            try
            {
                n = last is null ? store.Clustered.CopyForward([], false, buffer) : store.Clustered.CopyForward(last, true, buffer);
            }
            finally
            {
                store.Latch.ExitReadLock();
            }
            for (int i = 0; i < n; i++)
            {
                if (VisibleAt(buffer[i].Value, boundary)?.Values is { } values)
                {
                    w.Begin(WalRecordType.RowInsert);
                    w.VarLong(store.Id);
                    w.Values(buffer[i].Key);
                    w.Values(values);
                    w.End();
                }
            }
            if (w.Length > 1 << 20)
            {
                file.Write(w.Written);
                w.Reset();
            }
            if (n < buffer.Length)
            {
                return;
            }
            last = buffer[n - 1].Key;
        }
    }

    private static RowVersion? VisibleAt(RowRecord record, long ts)
    {
        for (var v = record.Head; v is not null; v = v.Older)
        {
            var writer = Volatile.Read(ref v.Writer);
            long commitTs = writer is null ? v.CommitTs : writer.CommitTs;
            if ((writer is null || commitTs != 0) && commitTs <= ts)
            {
                return v;
            }
        }
        return null;
    }
}
