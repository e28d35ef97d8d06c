namespace MiniAurora.Lambda.Core;

/// <summary>
/// The last <see cref="Size"/> latencies in a lock-free ring; percentiles are computed on a copy when status is
/// read (rare), so recording costs one interlocked increment.
/// </summary>
internal sealed class LatencyWindow
{
    public const int Size = 4096;
    private readonly double[] _samples = new double[Size];
    private long _count;

    public void Record(TimeSpan latency)
    {
        long i = Interlocked.Increment(ref _count) - 1;
        Volatile.Write(ref _samples[i % Size], latency.TotalMilliseconds);
    }

    /// <summary>Percentiles (0–100) in milliseconds over the window; zeros when nothing was recorded.</summary>
    public double[] Percentiles(params double[] ps)
    {
        long n = Math.Min(Volatile.Read(ref _count), Size);
        var result = new double[ps.Length];
        if (n == 0)
        {
            return result;
        }
        var copy = new double[n];
        Array.Copy(_samples, copy, n);
        Array.Sort(copy);
        for (int i = 0; i < ps.Length; i++)
        {
            long rank = (long)Math.Ceiling(ps[i] / 100.0 * n) - 1;
            result[i] = copy[Math.Clamp(rank, 0, n - 1)];
        }
        return result;
    }
}
