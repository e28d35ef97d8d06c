using MiniAurora.Storage.Outbox;
using MiniAurora.Storage.Recovery;
using MiniAurora.Storage.Tables;
using MiniAurora.Storage.Wal;

namespace MiniAurora.Storage.InMemory;

public sealed partial class InMemoryStorageEngine
{
    /// <summary>
    /// Loads the newest snapshot, replays the following log segments unit by unit (a unit is applied only
    /// when its Commit record is present), cuts a torn tail off the last segment and opens the writer there.
    /// Anything else that is damaged stops the start with a <see cref="StorageCorruptException"/>.
    /// </summary>
    private Task RecoverAsync(CancellationToken ct)
    {
        var dir = Path.Combine(Options.DataDirectory!, "storage");
        Directory.CreateDirectory(dir);
        _storageDirectory = dir;
        foreach (var tmp in Directory.GetFiles(dir, "*.tmp"))
        {
            File.Delete(tmp);
        }
        var snapshots = ListSeqs(dir, "snapshot.", ".dat");
        var segments = ListSeqs(dir, "wal.", ".log");
        var builder = new CatalogBuilder(_catalog);
        var outbox = new Dictionary<long, OutboxRecord>();
        var applier = new RecordApplier(builder, new Dictionary<long, TableStore>(), outbox);
        long maxTs = 0;
        long start = 1;
        if (snapshots.Count > 0)
        {
            start = snapshots[^1];
            maxTs = LoadSnapshot(Path.Combine(dir, WalFormat.SnapshotName(start)), applier);
            Options.Log?.Invoke($"storage: loaded snapshot {start} ({applier.Stores.Count} tables)");
        }
        foreach (var old in segments.Where(s => s < start))
        {
            File.Delete(Path.Combine(dir, WalFormat.SegmentName(old)));
        }
        segments.RemoveAll(s => s < start);
        if (segments.Count > 0 && segments[0] != start)
        {
            throw new StorageCorruptException(Path.Combine(dir, WalFormat.SegmentName(segments[0])), 0, $"log segment {start} is missing");
        }
        long lastSegment = start;
        long validLength = 0;
        for (int i = 0; i < segments.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (segments[i] != start + i)
            {
                throw new StorageCorruptException(Path.Combine(dir, WalFormat.SegmentName(segments[i])), 0, $"log segment {start + i} is missing");
            }
            bool last = i == segments.Count - 1;
            var path = Path.Combine(dir, WalFormat.SegmentName(segments[i]));
            validLength = ReplaySegment(path, applier, last, ref maxTs);
            lastSegment = segments[i];
        }
        _catalog = builder.Build();
        _stores = applier.Stores;
        foreach (var record in outbox.Values)
        {
            _outboxPending[record.Id] = record;
        }
        _nextTableId = Math.Max(_nextTableId, applier.MaxTableId);
        _nextObjectOrder = Math.Max(_nextObjectOrder, applier.MaxObjectOrder);
        _nextOutboxId = Math.Max(_nextOutboxId, applier.MaxOutboxId);
        _lastTs = maxTs;
        _visibleTs = maxTs;
        _wal = new WalWriter(dir, lastSegment, validLength, PublishVisible);
        Options.Log?.Invoke($"storage: recovered {_stores.Count} tables from segment {start}..{lastSegment}");
        return Task.CompletedTask;
    }

    private long ReplaySegment(string path, RecordApplier applier, bool last, ref long maxTs)
    {
        var unit = new List<(WalRecordType Type, byte[] Payload, long Offset)>();
        bool inUnit = false;
        long unitStart = 0;
        long validLength;
        using (var reader = new WalFileReader(path))
        {
            while (true)
            {
                var status = reader.Next();
                if (status == WalReadStatus.End)
                {
                    validLength = inUnit ? unitStart : reader.Position;
                    break;
                }
                if (status == WalReadStatus.TornTail && last)
                {
                    validLength = inUnit ? unitStart : reader.RecordOffset;
                    Options.Log?.Invoke($"storage: discarding torn log tail in '{path}' at offset {validLength} ({reader.Problem})");
                    break;
                }
                if (status != WalReadStatus.Record)
                {
                    throw new StorageCorruptException(path, reader.RecordOffset, reader.Problem);
                }
                switch (reader.Type)
                {
                    case WalRecordType.Begin:
                        if (inUnit)
                        {
                            throw new StorageCorruptException(path, reader.RecordOffset, "unit started inside another unit");
                        }
                        inUnit = true;
                        unitStart = reader.RecordOffset;
                        unit.Clear();
                        break;
                    case WalRecordType.Commit:
                        if (!inUnit)
                        {
                            throw new StorageCorruptException(path, reader.RecordOffset, "commit record outside a unit");
                        }
                        var payload = new PayloadReader(reader.Payload);
                        maxTs = Math.Max(maxTs, payload.Int64());
                        foreach (var (type, body, offset) in unit)
                        {
                            ApplyChecked(applier, type, body, path, offset);
                        }
                        unit.Clear();
                        inUnit = false;
                        break;
                    default:
                        if (!inUnit)
                        {
                            throw new StorageCorruptException(path, reader.RecordOffset, "record outside a unit");
                        }
                        unit.Add((reader.Type, reader.Payload.ToArray(), reader.RecordOffset));
                        break;
                }
            }
        }
        if (!last && inUnit)
        {
            throw new StorageCorruptException(path, unitStart, "unit not committed before the end of a closed segment");
        }
        if (last && validLength < new FileInfo(path).Length)
        {
            using var truncate = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
            truncate.SetLength(validLength);
            truncate.Flush(flushToDisk: true);
        }
        return validLength;
    }

    private long LoadSnapshot(string path, RecordApplier applier)
    {
        long lastTs = 0;
        using var reader = new WalFileReader(path);
        bool header = false;
        while (true)
        {
            var status = reader.Next();
            if (status == WalReadStatus.End)
            {
                throw new StorageCorruptException(path, reader.Position, "snapshot ends without its end record");
            }
            if (status != WalReadStatus.Record)
            {
                throw new StorageCorruptException(path, reader.RecordOffset, reader.Problem);
            }
            if (!header)
            {
                if (reader.Type != WalRecordType.SnapshotHeader)
                {
                    throw new StorageCorruptException(path, 0, "not a snapshot file");
                }
                var r = new PayloadReader(reader.Payload);
                if (r.VarInt() != WalFormat.SnapshotFormat)
                {
                    throw new StorageCorruptException(path, 0, "unknown snapshot format");
                }
                r.VarLong();
                lastTs = r.VarLong();
                header = true;
                continue;
            }
            if (reader.Type == WalRecordType.SnapshotEnd)
            {
                return lastTs;
            }
            ApplyChecked(applier, reader.Type, reader.Payload, path, reader.RecordOffset);
        }
    }

    private static void ApplyChecked(RecordApplier applier, WalRecordType type, ReadOnlySpan<byte> payload, string path, long offset)
    {
        try
        {
            applier.Apply(type, payload);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException or IndexOutOfRangeException or ArgumentException)
        {
            throw new StorageCorruptException(path, offset, $"undecodable {type} record ({ex.Message})");
        }
    }

    private static List<long> ListSeqs(string dir, string prefix, string suffix)
    {
        var result = new List<long>();
        foreach (var file in Directory.GetFiles(dir))
        {
            if (WalFormat.TryParseSeq(Path.GetFileName(file), prefix, suffix, out long seq))
            {
                result.Add(seq);
            }
        }
        result.Sort();
        return result;
    }
}
