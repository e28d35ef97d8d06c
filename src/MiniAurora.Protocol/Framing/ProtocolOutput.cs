using System.Buffers;
using System.IO.Pipelines;

namespace MiniAurora.Protocol.Framing;

/// <summary>
/// The command phase's way out: moves the <see cref="PacketWriter"/>'s packets into the connection's
/// <see cref="PipeWriter"/> and flushes them, giving up with an <see cref="IOException"/> when the client has not
/// accepted them within net_write_timeout (a client that stopped reading must not pin a session forever).
/// </summary>
internal sealed class ProtocolOutput : IDisposable
{
    private readonly PacketWriter _writer;
    private readonly PipeWriter _pipe;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly ITimer _timer;

    private readonly Action? _abortTransport;
    private int _expiries;

    /// <param name="abortTransport">
    /// Closes the transport. Called when a flush is still stuck one more <paramref name="writeTimeout"/> after it was
    /// cancelled: a socket send that the kernel is already processing does not always observe cancellation, and a
    /// client that stopped reading would otherwise pin the connection forever.
    /// </param>
    public ProtocolOutput(PacketWriter writer, PipeWriter pipe, TimeProvider time, TimeSpan writeTimeout, Action? abortTransport = null)
    {
        _writer = writer;
        _pipe = pipe;
        _time = time;
        _timeout = writeTimeout;
        _abortTransport = abortTransport;
        _timer = time.CreateTimer(static state => ((ProtocolOutput)state!).OnTimerExpired(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    private void OnTimerExpired()
    {
        if (Interlocked.Increment(ref _expiries) == 1)
        {
            _pipe.CancelPendingFlush();
            _timer.Change(_timeout, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _abortTransport?.Invoke();
        }
    }

    public PacketWriter Writer => _writer;

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_writer.BufferedBytes > 0)
        {
            _pipe.Write(_writer.WrittenMemory.Span);
            _writer.Reset();
        }
        long start = _time.GetTimestamp();
        Volatile.Write(ref _expiries, 0);
        _timer.Change(_timeout, Timeout.InfiniteTimeSpan);
        try
        {
            while (true)
            {
                var result = await _pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
                if (result.IsCompleted)
                {
                    throw new IOException("The client closed the connection.");
                }
                if (!result.IsCanceled)
                {
                    return;
                }
                // A cancellation left over from a timer that raced with the previous flush is not a timeout.
                if (_time.GetElapsedTime(start) >= _timeout)
                {
                    throw new IOException("Got timeout writing communication packets (net_write_timeout).");
                }
            }
        }
        finally
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose() => _timer.Dispose();
}
