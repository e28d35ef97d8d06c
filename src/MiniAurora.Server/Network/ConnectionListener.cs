using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using MiniAurora.Protocol;
using MiniAurora.Protocol.Authentication;

namespace MiniAurora.Server.Network;

/// <summary>
/// Accepts TCP clients and runs one <see cref="ProtocolConnection"/> per socket. Connection ids are
/// handed out here; the set of live connections is tracked so shutdown can close them all and
/// KILL CONNECTION can close one.
/// </summary>
internal sealed partial class ConnectionListener : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly ProtocolServerOptions _protocolOptions;
    private readonly IConnectionAuthenticator _authenticator;
    private readonly IProtocolHandlerFactory _handlerFactory;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<uint, LiveConnection> _connections = [];
    private readonly object _gate = new();
    private Task _acceptLoop = Task.CompletedTask;
    private int _nextConnectionId;

    public ConnectionListener(IPEndPoint endpoint, ProtocolServerOptions protocolOptions, IConnectionAuthenticator authenticator,
        IProtocolHandlerFactory handlerFactory, ILogger logger)
    {
        _listener = new TcpListener(endpoint);
        _protocolOptions = protocolOptions;
        _authenticator = authenticator;
        _handlerFactory = handlerFactory;
        _logger = logger;
    }

    public IPEndPoint LocalEndpoint => (IPEndPoint)_listener.LocalEndpoint;

    public int ConnectionCount
    {
        get
        {
            lock (_gate)
            {
                return _connections.Count;
            }
        }
    }

    public void Start()
    {
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start(backlog: 1024);
        _acceptLoop = AcceptLoopAsync(_stopping.Token);
    }

    /// <summary>Closes the socket of a connection (KILL CONNECTION); false if no such connection.</summary>
    public bool Close(uint connectionId)
    {
        LiveConnection? live;
        lock (_gate)
        {
            _connections.TryGetValue(connectionId, out live);
        }
        if (live is null)
        {
            return false;
        }
        live.Cancel();
        return true;
    }

    private async Task AcceptLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(ct);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (SocketException ex)
            {
                LogAcceptFailed(ex.SocketErrorCode);
                continue;
            }
            socket.NoDelay = true;
            uint id = (uint)Interlocked.Increment(ref _nextConnectionId);
            var live = new LiveConnection(socket, CancellationTokenSource.CreateLinkedTokenSource(ct));
            lock (_gate)
            {
                _connections[id] = live;
            }
            _ = RunConnectionAsync(id, live);
        }
    }

    private async Task RunConnectionAsync(uint id, LiveConnection live)
    {
        await Task.Yield();
        var clientHost = (live.Socket.RemoteEndPoint as IPEndPoint)?.Address is { } address
            ? Bridge.AccountAuthenticator.HostNameOf(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)
            : "unknown";
        try
        {
            await using var stream = new NetworkStream(live.Socket, ownsSocket: true);
            var connection = new ProtocolConnection(_protocolOptions, _authenticator, _handlerFactory, id, clientHost);
            await connection.RunAsync(stream, live.Token);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away or the connection was killed: nothing to report.
        }
        catch (Exception ex)
        {
            LogConnectionFailed(ex, id);
        }
        finally
        {
            lock (_gate)
            {
                _connections.Remove(id);
            }
            live.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        List<LiveConnection> open;
        lock (_gate)
        {
            open = [.. _connections.Values];
        }
        foreach (var c in open)
        {
            c.Cancel();
        }
        _stopping.Dispose();
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "accept failed: {Error}")]
    private partial void LogAcceptFailed(SocketError error);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "connection {ConnectionId} failed unexpectedly")]
    private partial void LogConnectionFailed(Exception ex, uint connectionId);

    private sealed class LiveConnection(Socket socket, CancellationTokenSource cts) : IDisposable
    {
        public Socket Socket { get; } = socket;

        public CancellationToken Token => cts.Token;

        public void Cancel()
        {
            try
            {
                cts.Cancel();
                Socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception ex) when (ex is ObjectDisposedException or SocketException)
            {
            }
        }

        public void Dispose() => cts.Dispose();
    }
}
