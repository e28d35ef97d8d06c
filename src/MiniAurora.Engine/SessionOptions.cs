namespace MiniAurora.Engine;

/// <summary>Who a new session belongs to (the protocol layer fills it after authentication).</summary>
/// <param name="ConnectionId">The connection id (CONNECTION_ID(), SHOW PROCESSLIST, KILL).</param>
/// <param name="User">Authenticated user name.</param>
/// <param name="Host">The account's host part as matched (CURRENT_USER()).</param>
/// <param name="ClientHost">The client's address as SHOW PROCESSLIST shows it ("127.0.0.1:53422").</param>
/// <param name="Database">Initial database (CONNECT_WITH_DB) or null; unknown → 1049 from CreateSession.</param>
public sealed record SessionOptions(ulong ConnectionId, string User, string Host, string ClientHost, string? Database = null);
