using MiniAurora.Protocol.Payloads;

namespace MiniAurora.Protocol;

/// <content>COM_CHANGE_USER: re-authentication through the same exchange as the login.</content>
public sealed partial class ProtocolConnection
{
    /// <summary>
    /// Re-authenticates for COM_CHANGE_USER and creates a fresh handler for the new user; returns null after
    /// an ERR was sent (the connection then closes, as mysqld does after a failed change of user).
    /// </summary>
    internal async ValueTask<IProtocolHandler?> ChangeUserAsync(ChangeUserRequest request, CancellationToken cancellationToken)
    {
        var account = await AuthenticateAsync(request.User, request.AuthResponse, request.AuthPluginName, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return null;
        }
        var session = new ProtocolSession(ConnectionId, request.User, _clientHost, request.Database, account.Principal, _capabilities,
            Core.Values.Collation.Default.Id, _isSecure, new Dictionary<string, string>());
        return await CreateHandlerAsync(session, cancellationToken).ConfigureAwait(false);
    }
}
