using Microsoft.Extensions.Logging;

namespace MiniAurora.Protocol.Diagnostics;

/// <summary>The protocol's log events (event ids 2000–2099 belong to Protocol).</summary>
internal static partial class ProtocolLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "Connection {ConnectionId}: closed ({Reason})")]
    public static partial void ConnectionClosed(ILogger logger, uint connectionId, string reason);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Connection {ConnectionId}: protocol violation from {Host}: {Message}")]
    public static partial void ProtocolViolation(ILogger logger, uint connectionId, string host, string message);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Connection {ConnectionId}: access denied for '{User}'@'{Host}'")]
    public static partial void AccessDenied(ILogger logger, uint connectionId, string user, string host);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Connection {ConnectionId}: internal error in {Command}")]
    public static partial void InternalError(ILogger logger, Exception exception, uint connectionId, string command);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Connection {ConnectionId}: TLS handshake failed: {Message}")]
    public static partial void TlsFailed(ILogger logger, uint connectionId, string message);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug, Message = "Connection {ConnectionId}: '{User}'@'{Host}' authenticated with {Plugin}{Tls}")]
    public static partial void Authenticated(ILogger logger, uint connectionId, string user, string host, string plugin, string tls);
}
