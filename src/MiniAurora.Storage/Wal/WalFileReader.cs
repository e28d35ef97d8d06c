using System.Buffers.Binary;

namespace MiniAurora.Storage.Wal;

/// <summary>
/// Sequential reader of a log segment or snapshot file. Tells a torn tail (the last record incomplete, or
/// its checksum bad where it ends exactly at end of file, or zeros after the last good record) from
/// corruption (a bad record followed by more data).
/// </summary>
internal sealed class WalFileReader : IDisposable
{
    private readonly FileStream _stream;
    private readonly byte[] _header = new byte[WalFormat.HeaderSize];
    private byte[] _payload = new byte[4096];

    public WalFileReader(string path)
    {
        Path = path;
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        Length = _stream.Length;
    }

    public string Path { get; }

    public long Length { get; }

    /// <summary>Offset of the record last returned (or of the damage).</summary>
    public long RecordOffset { get; private set; }

    /// <summary>Offset just after the last good record.</summary>
    public long Position { get; private set; }

    public string Problem { get; private set; } = "";

    public WalRecordType Type { get; private set; }

    public ReadOnlySpan<byte> Payload => _payload.AsSpan(0, PayloadLength);

    public int PayloadLength { get; private set; }

    public WalReadStatus Next()
    {
        RecordOffset = Position;
        long remaining = Length - Position;
        if (remaining == 0)
        {
            return WalReadStatus.End;
        }
        if (remaining < WalFormat.HeaderSize)
        {
            Problem = "incomplete record header";
            return WalReadStatus.TornTail;
        }
        _stream.Position = Position;
        _stream.ReadExactly(_header);
        uint length = BinaryPrimitives.ReadUInt32LittleEndian(_header);
        uint headerCrc = BinaryPrimitives.ReadUInt32LittleEndian(_header.AsSpan(5));
        if (Crc32C.Compute(_header.AsSpan(0, 5)) != headerCrc || length > WalFormat.MaxPayload)
        {
            if (RestIsZero(Position))
            {
                Problem = "zeroed tail";
                return WalReadStatus.TornTail;
            }
            Problem = "record header checksum mismatch";
            return WalReadStatus.Corrupt;
        }
        if (length > remaining - WalFormat.HeaderSize)
        {
            Problem = "incomplete record";
            return WalReadStatus.TornTail;
        }
        if (_payload.Length < length)
        {
            _payload = new byte[Math.Max(length, _payload.Length * 2)];
        }
        _stream.ReadExactly(_payload, 0, (int)length);
        if (Crc32C.Compute(_payload.AsSpan(0, (int)length)) != BinaryPrimitives.ReadUInt32LittleEndian(_header.AsSpan(9)))
        {
            if (Position + WalFormat.HeaderSize + length == Length)
            {
                Problem = "checksum mismatch in the last record";
                return WalReadStatus.TornTail;
            }
            Problem = "record checksum mismatch";
            return WalReadStatus.Corrupt;
        }
        Type = (WalRecordType)_header[4];
        PayloadLength = (int)length;
        Position += WalFormat.HeaderSize + length;
        return WalReadStatus.Record;
    }

    private bool RestIsZero(long from)
    {
        _stream.Position = from;
        var buffer = new byte[8192];
        int n;
        while ((n = _stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (buffer.AsSpan(0, n).ContainsAnyExcept((byte)0))
            {
                return false;
            }
        }
        return true;
    }

    public void Dispose() => _stream.Dispose();
}
