using System.IO.Pipelines;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using MiniAurora.Core.Errors;
using MiniAurora.Protocol.Authentication;
using MiniAurora.Protocol.Commands;
using MiniAurora.Protocol.Diagnostics;
using MiniAurora.Protocol.Framing;
using MiniAurora.Protocol.Payloads;

namespace MiniAurora.Protocol;

/// <summary>
/// One client connection speaking the MySQL protocol: greeting, optional TLS upgrade, authentication,
/// then the command loop until COM_QUIT, EOF, wait_timeout or cancellation. The server accepts a socket,
/// creates one of these and awaits <see cref="RunAsync"/>; the transport stream stays owned by the caller.
/// Nothing a client sends can make <see cref="RunAsync"/> throw: protocol errors end in an ERR packet
/// and/or a close, exactly where mysqld would; only cancellation of the server's token is observed.
/// </summary>
public sealed partial class ProtocolConnection
{
    private const int ConnectionPhasePacketLimit = 1024 * 1024;

    private readonly ProtocolServerOptions _options;
    private readonly IConnectionAuthenticator _authenticator;
    private readonly IProtocolHandlerFactory _handlerFactory;
    private readonly string _clientHost;
    private readonly PacketWriter _writer = new();
    private readonly byte[] _scramble = NewScramble();
    private byte[] _payloadBuffer = new byte[4096];
    private Stream _stream = Stream.Null;
    private SslStream? _ssl;
    private Stream _transport = Stream.Null;
    private PipeReader? _pipeReader;
    private PipeWriter? _pipeWriter;
    private ProtocolOutput? _output;
    private Capabilities _capabilities;
    private bool _isSecure;
    private TimeSpan _idleTimeout = Timeout.InfiniteTimeSpan;
    private long _idleSince;
    private ITimer? _idleTimer;

    public ProtocolConnection(
        ProtocolServerOptions options,
        IConnectionAuthenticator authenticator,
        IProtocolHandlerFactory handlerFactory,
        uint connectionId,
        string clientHost)
    {
        _options = options;
        _authenticator = authenticator;
        _handlerFactory = handlerFactory;
        ConnectionId = connectionId;
        _clientHost = clientHost;
    }

    public uint ConnectionId { get; }

    /// <summary>Runs the connection to its end. Returns normally when the client leaves or is disconnected.</summary>
    public async Task RunAsync(Stream transport, CancellationToken cancellationToken)
    {
        _stream = transport;
        _transport = transport;
        IProtocolHandler? handler = null;
        CommandDispatcher? dispatcher = null;
        string reason = "client quit";
        try
        {
            using (var connectTimeout = new CancellationTokenSource(_options.ConnectTimeout, _options.TimeProvider))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connectTimeout.Token))
            {
                try
                {
                    handler = await ConnectAsync(linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (connectTimeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    reason = "connect_timeout";
                    return;
                }
            }
            if (handler is null)
            {
                reason = "connection phase failed";
                return;
            }
            _pipeReader = PipeReader.Create(_stream, new StreamPipeReaderOptions(leaveOpen: true));
            _pipeWriter = PipeWriter.Create(_stream, new StreamPipeWriterOptions(leaveOpen: true));
            _output = new ProtocolOutput(_writer, _pipeWriter, _options.TimeProvider, _options.WriteTimeout, AbortTransport);
            dispatcher = new CommandDispatcher(this, handler, _output, _capabilities, _options.Logger);
            reason = await CommandLoopAsync(dispatcher, cancellationToken).ConfigureAwait(false);
        }
        catch (ProtocolViolationException ex)
        {
            reason = ex.Message;
            ProtocolLog.ProtocolViolation(_options.Logger, ConnectionId, _clientHost, ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            reason = "server shutdown";
        }
        catch (Exception ex) when (ex is IOException or AuthenticationException or ObjectDisposedException)
        {
            reason = ex.Message;
        }
        catch (Exception ex)
        {
            reason = "internal error";
            ProtocolLog.InternalError(_options.Logger, ex, ConnectionId, "connection");
        }
        finally
        {
            // After COM_CHANGE_USER the dispatcher holds the current handler (the first one is already disposed).
            handler = dispatcher?.Handler ?? handler;
            if (handler is not null)
            {
                await DisposeHandlerAsync(handler).ConfigureAwait(false);
            }
            _output?.Dispose();
            await CompletePipesAsync().ConfigureAwait(false);
            if (_ssl is not null)
            {
                await _ssl.DisposeAsync().ConfigureAwait(false);
            }
            ProtocolLog.ConnectionClosed(_options.Logger, ConnectionId, reason);
        }
    }

    /// <summary>
    /// Refuses a connection before the greeting, as mysqld does for ER_CON_COUNT_ERROR (1040) or a blocked host:
    /// a single ERR packet with sequence id 0. The caller closes the transport afterwards.
    /// </summary>
    public static async Task RejectAsync(Stream transport, MiniAuroraException error, CancellationToken cancellationToken)
    {
        var writer = new PacketWriter();
        ErrPacket.Write(writer, error.Number, error.SqlState, error.Message);
        await writer.FlushAsync(transport, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> CommandLoopAsync(CommandDispatcher dispatcher, CancellationToken cancellationToken)
    {
        using var idleTimer = _idleTimer = _options.TimeProvider.CreateTimer(static state => ((PipeReader)state!).CancelPendingRead(), _pipeReader, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        while (true)
        {
            var waitTimeout = dispatcher.Handler.WaitTimeout;
            _idleTimeout = waitTimeout > TimeSpan.Zero ? waitTimeout : _options.DefaultWaitTimeout;
            _idleSince = _options.TimeProvider.GetTimestamp();
            idleTimer.Change(_idleTimeout, Timeout.InfiniteTimeSpan);
            ReadOnlyMemory<byte> payload;
            try
            {
                var packet = await ReadPacketAsync(0, cancellationToken).ConfigureAwait(false);
                if (packet is null)
                {
                    return "client closed the connection";
                }
                payload = packet.Value;
            }
            catch (ProtocolViolationException ex) when (ex.Violation == ProtocolViolation.TooLarge)
            {
                // mysqld answers an oversized packet with ER_NET_PACKET_TOO_LARGE, then closes.
                _writer.SequenceId = 1;
                ErrPacket.Write(_writer, (int)ErrorCode.ER_NET_PACKET_TOO_LARGE, "08S01", ex.Message);
                await FlushAsync(cancellationToken).ConfigureAwait(false);
                ProtocolLog.ProtocolViolation(_options.Logger, ConnectionId, _clientHost, ex.Message);
                return "packet too large";
            }
            catch (IdleTimeoutException)
            {
                return "wait_timeout";
            }
            finally
            {
                idleTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
            if (!await dispatcher.DispatchAsync(payload, cancellationToken).ConfigureAwait(false))
            {
                return "client quit";
            }
        }
    }

    internal ValueTask FlushAsync(CancellationToken cancellationToken) =>
        _output is null ? _writer.FlushAsync(_stream, cancellationToken) : _output.FlushAsync(cancellationToken);

    /// <summary>
    /// Reads one logical packet whose first physical packet must carry <paramref name="expectedSequenceId"/>;
    /// returns null at end of stream. The payload stays valid until the next read. Afterwards the writer
    /// continues the exchange with the next sequence id.
    /// </summary>
    internal async ValueTask<ReadOnlyMemory<byte>?> ReadPacketAsync(byte expectedSequenceId, CancellationToken cancellationToken)
    {
        if (_pipeReader is null)
        {
            return await ReadPacketFromStreamAsync(expectedSequenceId, cancellationToken).ConfigureAwait(false);
        }
        while (true)
        {
            var result = await _pipeReader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (result.IsCanceled)
            {
                // Timers may fire a little early or race with the end of a previous wait: re-arm for what is left.
                var remaining = _idleTimeout - _options.TimeProvider.GetElapsedTime(_idleSince);
                if (remaining <= TimeSpan.FromMilliseconds(1))
                {
                    throw new IdleTimeoutException();
                }
                _idleTimer?.Change(remaining, Timeout.InfiniteTimeSpan);
                continue;
            }
            var buffer = result.Buffer;
            bool complete;
            Packet packet;
            try
            {
                complete = PacketReader.TryRead(ref buffer, expectedSequenceId, _options.MaxAllowedPacket, out packet);
            }
            catch
            {
                _pipeReader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
                throw;
            }
            if (complete)
            {
                ReadOnlyMemory<byte> payload;
                using (packet)
                {
                    payload = CopyToPayloadBuffer(packet.Payload.Span);
                    _writer.SequenceId = (byte)(packet.LastSequenceId + 1);
                }
                _pipeReader.AdvanceTo(buffer.Start, buffer.Start);
                return payload;
            }
            _pipeReader.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                return null;
            }
        }
    }

    private async ValueTask<ReadOnlyMemory<byte>?> ReadPacketFromStreamAsync(byte expectedSequenceId, CancellationToken cancellationToken)
    {
        // Before and during the TLS upgrade nothing may be read past the current packet, so the
        // connection phase reads headers and bodies with exact-length reads instead of a PipeReader.
        var header = new byte[4];
        int read = await _stream.ReadAtLeastAsync(header, 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (read < 4)
        {
            return null;
        }
        int length = header[0] | (header[1] << 8) | (header[2] << 16);
        if (header[3] != expectedSequenceId)
        {
            throw new ProtocolViolationException(ProtocolViolation.OutOfOrder, "Got packets out of order");
        }
        if (length > ConnectionPhasePacketLimit)
        {
            throw new ProtocolViolationException(ProtocolViolation.Malformed, "Bad handshake");
        }
        EnsurePayloadBuffer(length);
        await _stream.ReadExactlyAsync(_payloadBuffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        _writer.SequenceId = (byte)(header[3] + 1);
        return _payloadBuffer.AsMemory(0, length);
    }

    private ReadOnlyMemory<byte> CopyToPayloadBuffer(ReadOnlySpan<byte> payload)
    {
        if (_payloadBuffer.Length > 1024 * 1024 && payload.Length < 4096)
        {
            _payloadBuffer = new byte[4096];
        }
        EnsurePayloadBuffer(payload.Length);
        payload.CopyTo(_payloadBuffer);
        return _payloadBuffer.AsMemory(0, payload.Length);
    }

    private void EnsurePayloadBuffer(int length)
    {
        if (_payloadBuffer.Length < length)
        {
            _payloadBuffer = new byte[Math.Max(length, _payloadBuffer.Length * 2)];
        }
    }

    /// <summary>Closes the transport under a stuck write (see <see cref="ProtocolOutput"/>); the pending write then fails.</summary>
    private void AbortTransport()
    {
        try
        {
            // The raw transport, not the TLS stream (which leaves its inner stream open).
            _transport.Dispose();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    private async ValueTask CompletePipesAsync()
    {
        try
        {
            if (_pipeReader is not null)
            {
                await _pipeReader.CompleteAsync().ConfigureAwait(false);
            }
            if (_pipeWriter is not null)
            {
                // Everything meant for the client was flushed already. Completing with an exception makes
                // StreamPipeWriter drop what is left instead of writing it out, which would block forever on a
                // client that stopped reading (the net_write_timeout case).
                _pipeWriter.CancelPendingFlush();
                await _pipeWriter.CompleteAsync(new IOException("connection closed")).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The transport is already gone.
        }
    }

    private static async ValueTask DisposeHandlerAsync(IProtocolHandler handler)
    {
        try
        {
            await handler.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A failing dispose must not take the connection task down with it.
        }
    }

    private static byte[] NewScramble()
    {
        // mysqld's scramble is 20 printable bytes without NUL or '$' (clients NUL-terminate it).
        var scramble = RandomNumberGenerator.GetBytes(20);
        for (int i = 0; i < scramble.Length; i++)
        {
            byte b = (byte)((scramble[i] % 94) + 33);
            scramble[i] = b == (byte)'$' ? (byte)'#' : b;
        }
        return scramble;
    }

    private sealed class IdleTimeoutException : Exception
    {
    }
}
