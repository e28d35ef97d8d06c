namespace MiniAurora.Storage.Transactions;

/// <summary>
/// Tracks the read snapshots of open transactions so old versions are kept while someone may read them.
/// Lock-free: a transaction claims a slot (one per cache line) with a CAS, marks it "registering" (0), then
/// stores its snapshot timestamp. <see cref="ComputeOldest"/> reads the visible timestamp before scanning, so
/// a snapshot registered during the scan is never older than the result.
/// </summary>
internal sealed class SnapshotRegistry
{
    private const int Stride = 8;
    private const int SlotCount = 4096;
    private const long Free = -1;
    private readonly long[] _slots = new long[SlotCount * Stride];
    private readonly List<long> _overflow = [];

    public SnapshotRegistry()
    {
        Array.Fill(_slots, Free);
    }

    /// <summary>Registers a snapshot; returns the slot handle (negative: overflow entry) and the timestamp.</summary>
    public int Register(Func<long> readVisible, out long snapshotTs)
    {
        int start = (Environment.CurrentManagedThreadId * 31) & (SlotCount - 1);
        for (int n = 0; n < SlotCount; n++)
        {
            int slot = ((start + n) & (SlotCount - 1)) * Stride;
            if (Volatile.Read(ref _slots[slot]) == Free && Interlocked.CompareExchange(ref _slots[slot], 0, Free) == Free)
            {
                snapshotTs = readVisible();
                Volatile.Write(ref _slots[slot], snapshotTs);
                return slot;
            }
        }
        lock (_overflow)
        {
            snapshotTs = readVisible();
            _overflow.Add(snapshotTs);
            return -1;
        }
    }

    /// <summary>Moves a registered snapshot forward (READ COMMITTED statements).</summary>
    public long Refresh(int slot, long oldTs, Func<long> readVisible)
    {
        if (slot >= 0)
        {
            long ts = readVisible();
            Volatile.Write(ref _slots[slot], ts);
            return ts;
        }
        lock (_overflow)
        {
            _overflow.Remove(oldTs);
            long ts = readVisible();
            _overflow.Add(ts);
            return ts;
        }
    }

    public void Unregister(int slot, long snapshotTs)
    {
        if (slot >= 0)
        {
            Volatile.Write(ref _slots[slot], Free);
            return;
        }
        lock (_overflow)
        {
            _overflow.Remove(snapshotTs);
        }
    }

    /// <summary>The oldest snapshot any open or future transaction can hold.</summary>
    public long ComputeOldest(long visibleTs)
    {
        long oldest = visibleTs;
        for (int i = 0; i < _slots.Length; i += Stride)
        {
            long v = Volatile.Read(ref _slots[i]);
            if (v != Free && v < oldest)
            {
                oldest = v;
            }
        }
        lock (_overflow)
        {
            foreach (var v in _overflow)
            {
                oldest = Math.Min(oldest, v);
            }
        }
        return oldest;
    }
}
