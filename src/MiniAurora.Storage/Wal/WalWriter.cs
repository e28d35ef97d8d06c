using System.Buffers.Binary;

namespace MiniAurora.Storage.Wal;

/// <summary>
/// The log writer with group commit. Appends copy a unit into an in-memory buffer under a short lock;
/// one flusher task swaps the buffer out, writes it with one call, fsyncs once for every commit in it
/// that asked for durability (innodb_flush_log_at_trx_commit=1, and DDL), publishes the highest commit
/// timestamp it made durable, then wakes those commits. Mode 2 commits wake after the write, mode 0
/// commits don't wait; both are fsynced at least once a second. Checkpoints ask for a segment rotation,
/// which the flusher performs exactly at the log position of the request.
/// </summary>
internal sealed class WalWriter : IAsyncDisposable
{
    private const int CommitRecordSize = WalFormat.HeaderSize + 8;

    private readonly Lock _lock = new();
    private readonly string _directory;
    private readonly Action<long> _publish;
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _flusher;
    private FileStream _file;
    private long _segment;
    private long _segmentBytes;
    private byte[] _buffer = new byte[1 << 16];
    private byte[] _spare = new byte[1 << 16];
    private int _length;
    private long _appendedLsn;
    private long _bufferStartLsn;
    private long _maxTs;
    private bool _needFsync;
    private bool _signaled;
    private bool _unsynced;
    private List<TaskCompletionSource> _waiters = [];
    private long _rotateAt = -1;
    private TaskCompletionSource? _rotateDone;
    private Exception? _failure;

    public WalWriter(string directory, long segment, long existingBytes, Action<long> publish)
    {
        _directory = directory;
        _segment = segment;
        _publish = publish;
        _file = OpenSegment(segment);
        _file.Seek(0, SeekOrigin.End);
        _segmentBytes = existingBytes;
        _flusher = Task.Run(RunAsync);
    }

    /// <summary>Bytes in the current segment (checkpoint trigger).</summary>
    public long SegmentBytes => Volatile.Read(ref _segmentBytes);

    public long Segment => Volatile.Read(ref _segment);

    /// <summary>
    /// Appends a unit body (Begin and its records) plus a Commit(<paramref name="ts"/>) record. Returns the task
    /// to await for the requested durability, or null when nothing needs waiting (mode 0). The caller holds
    /// the engine's append lock, so units are appended in timestamp order.
    /// </summary>
    public Task? AppendUnitAsync(ReadOnlySpan<byte> body, long ts, int mode, bool forceDurable)
    {
        lock (_lock)
        {
            if (_failure is not null)
            {
                return Task.FromException(new IOException("the write-ahead log failed earlier", _failure));
            }
            Ensure(body.Length + CommitRecordSize);
            body.CopyTo(_buffer.AsSpan(_length));
            _length += body.Length;
            FrameCommit(_buffer.AsSpan(_length, CommitRecordSize), ts);
            _length += CommitRecordSize;
            _appendedLsn += body.Length + CommitRecordSize;
            _maxTs = ts;
            if (!forceDurable && mode == 0)
            {
                if (_length > 1 << 20)
                {
                    Signal();
                }
                return null;
            }
            if (forceDurable || mode == 1)
            {
                _needFsync = true;
            }
            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add(waiter);
            Signal();
            return waiter.Task;
        }
    }

    /// <summary>Asks the flusher to start segment <see cref="Segment"/> + 1 at the current end of the log; completes when done.</summary>
    public Task RequestRotationAsync(out long newSegment)
    {
        lock (_lock)
        {
            _rotateAt = _appendedLsn;
            _rotateDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            newSegment = _segment + 1;
            Signal();
            return _rotateDone.Task;
        }
    }

    private static void FrameCommit(Span<byte> destination, long ts)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, 8);
        destination[4] = (byte)WalRecordType.Commit;
        BinaryPrimitives.WriteUInt32LittleEndian(destination[5..], Crc32C.Compute(destination[..5]));
        BinaryPrimitives.WriteInt64LittleEndian(destination[WalFormat.HeaderSize..], ts);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[9..], Crc32C.Compute(destination.Slice(WalFormat.HeaderSize, 8)));
    }

    private void Signal()
    {
        if (!_signaled)
        {
            _signaled = true;
            _signal.Release();
        }
    }

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }

    private FileStream OpenSegment(long segment) =>
        new(Path.Combine(_directory, WalFormat.SegmentName(segment)), FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, bufferSize: 0);

    private async Task RunAsync()
    {
        while (true)
        {
            bool signaled;
            try
            {
                signaled = await _signal.WaitAsync(TimeSpan.FromSeconds(1), _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                FlushOnce(periodic: true);
                return;
            }
            FlushOnce(periodic: !signaled);
        }
    }

    private void FlushOnce(bool periodic)
    {
        byte[] data;
        int length;
        long startLsn;
        long maxTs;
        bool fsync;
        List<TaskCompletionSource> waiters;
        long rotateAt;
        TaskCompletionSource? rotateDone;
        lock (_lock)
        {
            _signaled = false;
            data = _buffer;
            length = _length;
            (_buffer, _spare) = (_spare, _buffer);
            _length = 0;
            startLsn = _bufferStartLsn;
            _bufferStartLsn = _appendedLsn;
            maxTs = _maxTs;
            fsync = _needFsync;
            _needFsync = false;
            waiters = _waiters;
            _waiters = [];
            rotateAt = _rotateAt;
            rotateDone = _rotateDone;
            _rotateAt = -1;
            _rotateDone = null;
        }
        try
        {
            if (rotateAt >= 0)
            {
                int split = (int)(rotateAt - startLsn);
                Write(data, 0, split);
                _file.Flush(flushToDisk: true);
                _file.Dispose();
                _file = OpenSegment(_segment + 1);
                _file.SetLength(0);
                Volatile.Write(ref _segment, _segment + 1);
                Volatile.Write(ref _segmentBytes, 0);
                Write(data, split, length - split);
                fsync = true;
            }
            else
            {
                Write(data, 0, length);
            }
            if (fsync || (periodic && (_unsynced || length > 0)))
            {
                _file.Flush(flushToDisk: true);
                _unsynced = false;
            }
            else if (length > 0)
            {
                _unsynced = true;
            }
            if (length > 0)
            {
                _publish(maxTs);
            }
            foreach (var waiter in waiters)
            {
                waiter.TrySetResult();
            }
            rotateDone?.TrySetResult();
        }
        catch (Exception ex)
        {
            lock (_lock)
            {
                _failure = ex;
            }
            foreach (var waiter in waiters)
            {
                waiter.TrySetException(ex);
            }
            rotateDone?.TrySetException(ex);
        }
    }

    private void Write(byte[] data, int offset, int count)
    {
        if (count > 0)
        {
            _file.Write(data, offset, count);
            Interlocked.Add(ref _segmentBytes, count);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _flusher.ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
        _signal.Dispose();
    }
}
