namespace MiniAurora.Protocol;

/// <summary>Who connected and what they negotiated: the input to <see cref="IProtocolHandlerFactory"/>.</summary>
/// <param name="ConnectionId">The id sent in the greeting (CONNECTION_ID()).</param>
/// <param name="User">The user name the client sent.</param>
/// <param name="ClientHost">The client host as passed to <see cref="ProtocolConnection"/>.</param>
/// <param name="Database">The CONNECT_WITH_DB database, or null.</param>
/// <param name="Principal">The object <see cref="Authentication.AccountLookup.Principal"/> carried (the matched account).</param>
/// <param name="ClientCapabilities">Capabilities in effect (client's ∩ server's).</param>
/// <param name="CharacterSet">The collation id the client asked for in its handshake response.</param>
/// <param name="IsSecure">True when the connection runs over TLS.</param>
/// <param name="Attributes">Connection attributes (_client_name, _pid, …); empty if none were sent.</param>
public sealed record ProtocolSession(
    uint ConnectionId,
    string User,
    string ClientHost,
    string? Database,
    object? Principal,
    Capabilities ClientCapabilities,
    int CharacterSet,
    bool IsSecure,
    IReadOnlyDictionary<string, string> Attributes);
