using MiniAurora.Core.Values;
using MiniAurora.Storage.Indexes;
using MiniAurora.Storage.Tables;

namespace MiniAurora.Storage.Transactions;

/// <summary>
/// Index range cursor. Copies up to a leaf's worth of (key, record) pairs under the table's read latch,
/// releases it, then filters them by the far bound and MVCC visibility (or locks them, in locking mode);
/// the next batch re-seeks after the last key seen, so concurrent tree changes never invalidate it.
/// </summary>
internal sealed class RowCursor : IRowCursor
{
    private const int FirstBatch = 16;
    private const int BatchSize = 128;

    private readonly StorageTransaction _tx;
    private readonly TableStore _store;
    private readonly SecondaryIndex? _index;
    private readonly Indexes.BPlusTree<RowRecord> _tree;
    private SqlValue[] _lower;
    private bool _lowerInclusive;
    private SqlValue[] _upper;
    private bool _upperInclusive;
    private readonly bool _forward;
    private readonly RowLockMode _lockMode;
    private TreeEntry<RowRecord>[] _buffer = new TreeEntry<RowRecord>[FirstBatch];
    private int _count;
    private int _position;
    private bool _exhausted;
    private SqlValue[]? _lastKey;
    private RowRef _current;

    public RowCursor(StorageTransaction tx, TableStore store, SecondaryIndex? index, in KeyRange range, ScanDirection direction, RowLockMode lockMode)
    {
        _tx = tx;
        _store = store;
        _index = index;
        _tree = index?.Tree ?? store.Clustered;
        _lower = Clamp(range.Lower, _tree.Comparer.Length);
        _lowerInclusive = range.LowerInclusive || _lower.Length == 0;
        _upper = Clamp(range.Upper, _tree.Comparer.Length);
        _upperInclusive = range.UpperInclusive || _upper.Length == 0;
        _forward = direction == ScanDirection.Forward;
        _lockMode = lockMode;
    }

    public RowRef Current => _current;

    /// <summary>A bound longer than the tree key can only constrain the key's parts.</summary>
    internal static SqlValue[] Clamp(SqlValue[]? bound, int keyLength) =>
        bound is null ? [] : bound.Length <= keyLength ? bound : bound[..keyLength];

    public ValueTask<bool> MoveNextAsync(CancellationToken ct = default)
    {
        if (_lockMode == RowLockMode.None)
        {
            return new ValueTask<bool>(MoveNextSync());
        }
        return MoveNextLockingAsync(ct);
    }

    /// <summary>Consistent-read step: never waits.</summary>
    internal bool MoveNextSync()
    {
        while (TryNextEntry(out var entry))
        {
            var version = _tx.Visible(entry.Value);
            if (version?.Values is not { } values || (_index is not null && !_index.RowMatchesKey(values, entry.Key)))
            {
                continue;
            }
            _current = new RowRef(entry.Value, values);
            return true;
        }
        _current = default;
        return false;
    }

    private async ValueTask<bool> MoveNextLockingAsync(CancellationToken ct)
    {
        while (TryNextEntry(out var entry))
        {
            var record = entry.Value;
            await RowLocks.AcquireAsync(record, _tx, _lockMode == RowLockMode.Exclusive, ct).ConfigureAwait(false);
            // Current read: with the lock held the head is committed or ours.
            var head = record.Head;
            if (record.Detached || head.Values is not { } values || (_index is not null && !_index.RowMatchesKey(values, entry.Key)))
            {
                continue;
            }
            _current = new RowRef(record, values);
            return true;
        }
        _current = default;
        return false;
    }

    private bool TryNextEntry(out TreeEntry<RowRecord> entry)
    {
        while (true)
        {
            if (_position >= _count)
            {
                if (_exhausted || !Fill())
                {
                    entry = default;
                    return false;
                }
            }
            entry = _buffer[_position++];
            if (_forward)
            {
                if (_upper.Length > 0)
                {
                    int c = _tree.Comparer.ComparePrefix(entry.Key, _upper);
                    if (c > 0 || (c == 0 && !_upperInclusive))
                    {
                        Stop();
                        return false;
                    }
                }
            }
            else if (_lower.Length > 0)
            {
                int c = _tree.Comparer.ComparePrefix(entry.Key, _lower);
                if (c < 0 || (c == 0 && !_lowerInclusive))
                {
                    Stop();
                    return false;
                }
            }
            return true;
        }
    }

    private void Stop()
    {
        _exhausted = true;
        _count = 0;
        _position = 0;
    }

    private bool Fill()
    {
        if (_lastKey is not null && _buffer.Length < BatchSize)
        {
            // Small ranges stay cheap; long scans get bigger batches (fewer re-seeks).
            _buffer = new TreeEntry<RowRecord>[BatchSize];
        }
        _store.Latch.EnterReadLock();
        try
        {
            if (_lastKey is null)
            {
                _count = _forward
                    ? _tree.CopyForward(_lower, !_lowerInclusive, _buffer)
                    : _tree.CopyBackward(_upper, !_upperInclusive, _buffer);
            }
            else
            {
                _count = _forward
                    ? _tree.CopyForward(_lastKey, true, _buffer)
                    : _tree.CopyBackward(_lastKey, true, _buffer);
            }
        }
        finally
        {
            _store.Latch.ExitReadLock();
        }
        _position = 0;
        if (_count < _buffer.Length)
        {
            _exhausted = true;
        }
        if (_count == 0)
        {
            return false;
        }
        _lastKey = _buffer[_count - 1].Key;
        return true;
    }

    public void Reset(in KeyRange range)
    {
        _lower = Clamp(range.Lower, _tree.Comparer.Length);
        _lowerInclusive = range.LowerInclusive || _lower.Length == 0;
        _upper = Clamp(range.Upper, _tree.Comparer.Length);
        _upperInclusive = range.UpperInclusive || _upper.Length == 0;
        Array.Clear(_buffer, 0, _count);
        _count = 0;
        _position = 0;
        _exhausted = false;
        _lastKey = null;
        _current = default;
    }

    public void Dispose()
    {
        Array.Clear(_buffer, 0, _count);
        _count = 0;
        _exhausted = true;
    }
}
