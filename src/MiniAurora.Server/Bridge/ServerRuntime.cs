using System.Globalization;
using MiniAurora.Core.Errors;
using MiniAurora.Engine;
using MiniAurora.Protocol;
using MiniAurora.Security.Accounts;

namespace MiniAurora.Server.Bridge;

/// <summary>
/// The server-wide state connections share: the engine, the accounts and the connection count.
/// Creates a <see cref="SessionBridge"/> for each authenticated connection, after MySQL's post-login
/// checks (locked account, max_connections with one extra slot for administrators, default database).
/// </summary>
internal sealed class ServerRuntime(EngineInstance engine, AccountStore accounts, TimeProvider time) : IProtocolHandlerFactory
{
    private readonly long _startedAt = time.GetTimestamp();
    private int _sessions;
    private long _questions;

    public EngineInstance Engine => engine;

    public AccountStore Accounts => accounts;

    public Action<uint>? CloseConnection { get; set; }

    public ValueTask<IProtocolHandler> CreateHandlerAsync(ProtocolSession protocolSession, CancellationToken cancellationToken)
    {
        var account = protocolSession.Principal as Account
            ?? throw MySqlErrors.AccessDeniedError(protocolSession.User, protocolSession.ClientHost, "NO");
        if (account.Locked)
        {
            throw MySqlErrors.AccountHasBeenLocked(protocolSession.User, protocolSession.ClientHost);
        }
        int count = Interlocked.Increment(ref _sessions);
        long maxConnections = long.Parse(engine.GlobalVariables.Get("max_connections") ?? "151", CultureInfo.InvariantCulture);
        // MySQL keeps one extra connection for an account with CONNECTION_ADMIN/SUPER; root holds them.
        bool administrator = account.User == "root";
        if (count > maxConnections + (administrator ? 1 : 0))
        {
            Interlocked.Decrement(ref _sessions);
            throw MySqlErrors.ConCountError();
        }
        try
        {
            var session = engine.CreateSession(new SessionOptions(
                protocolSession.ConnectionId,
                protocolSession.User,
                account.Host,
                protocolSession.ClientHost,
                protocolSession.Database));
            session.KillRequested += killed => CloseConnection?.Invoke((uint)killed.ConnectionId);
            // CLIENT_FOUND_ROWS: UPDATE reports matched rather than changed rows (MySqlConnector sets it by default).
            session.ClientFoundRows = protocolSession.ClientCapabilities.HasFlag(Capabilities.FoundRows);
            return ValueTask.FromResult<IProtocolHandler>(new SessionBridge(session, this));
        }
        catch
        {
            Interlocked.Decrement(ref _sessions);
            throw;
        }
    }

    public void OnSessionClosed(Session session) => Interlocked.Decrement(ref _sessions);

    public void CountQuestion() => Interlocked.Increment(ref _questions);

    /// <summary>COM_STATISTICS' line, in mysqld's format.</summary>
    public string StatisticsLine()
    {
        var uptime = (long)time.GetElapsedTime(_startedAt).TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"Uptime: {uptime}  Threads: {Volatile.Read(ref _sessions)}  Questions: {Interlocked.Read(ref _questions)}  Slow queries: 0  Opens: 0  Flush tables: 1  Open tables: 0  Queries per second avg: {(uptime == 0 ? 0 : (double)_questions / uptime):F3}");
    }
}
