namespace MiniAurora.Storage.Wal;

/// <summary>
/// On-disk framing of log and snapshot records. STABLE FORMAT — changing it needs a new format version.
/// <code>
/// offset 0  u32 LE  payload length
/// offset 4  u8      WalRecordType
/// offset 5  u32 LE  CRC-32C of bytes 0..4 (guards the length, so a torn tail is told from corruption)
/// offset 9  u32 LE  CRC-32C of the payload
/// offset 13 payload
/// </code>
/// A transaction or DDL batch is a unit: Begin, its records, Commit(ts), written with one append.
/// Files: <c>storage/wal.NNNNNNNNNN.log</c> segments and <c>storage/snapshot.NNNNNNNNNN.dat</c>; snapshot N holds
/// everything before segment N, so recovery loads the newest snapshot and replays segments N, N+1, ….
/// </summary>
internal static class WalFormat
{
    public const int HeaderSize = 13;

    /// <summary>Largest payload accepted on read (a larger length is corruption).</summary>
    public const int MaxPayload = 1 << 30;

    /// <summary>Snapshot format version written in the snapshot header.</summary>
    public const int SnapshotFormat = 1;

    public static string SegmentName(long seq) => $"wal.{seq:D10}.log";

    public static string SnapshotName(long seq) => $"snapshot.{seq:D10}.dat";

    public static bool TryParseSeq(string fileName, string prefix, string suffix, out long seq)
    {
        seq = 0;
        return fileName.StartsWith(prefix, StringComparison.Ordinal) && fileName.EndsWith(suffix, StringComparison.Ordinal)
            && long.TryParse(fileName.AsSpan(prefix.Length, fileName.Length - prefix.Length - suffix.Length), out seq);
    }
}
