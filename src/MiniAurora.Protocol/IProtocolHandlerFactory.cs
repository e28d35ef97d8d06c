namespace MiniAurora.Protocol;

/// <summary>Creates the per-connection handler once the client has authenticated (the server's composition root implements it).</summary>
public interface IProtocolHandlerFactory
{
    /// <summary>
    /// Called after authentication succeeded (and again after a successful COM_CHANGE_USER).
    /// May throw <c>MiniAuroraException</c>, e.g. ER_BAD_DB_ERROR (1049) for an unknown
    /// <see cref="ProtocolSession.Database"/>, ER_DBACCESS_DENIED_ERROR (1044), a locked account or
    /// ER_CON_COUNT_ERROR: the client receives that ERR and the connection closes, as in MySQL.
    /// </summary>
    ValueTask<IProtocolHandler> CreateHandlerAsync(ProtocolSession session, CancellationToken cancellationToken);
}
