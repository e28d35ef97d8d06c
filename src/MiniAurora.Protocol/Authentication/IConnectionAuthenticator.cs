namespace MiniAurora.Protocol.Authentication;

/// <summary>
/// The seam through which the protocol finds accounts (implemented by the server over the Security project).
/// The protocol runs the plugin exchanges (scramble, auth switch, caching_sha2 fast/full, RSA) itself and asks
/// the returned <see cref="IAccountVerifier"/> only yes/no questions. Unknown accounts (null) go through the
/// very same exchange with a dummy verifier, so they cannot be told apart from a wrong password: both end in
/// ER_ACCESS_DENIED_ERROR (1045). Post-authentication checks (locked account, max_user_connections, database
/// access) belong to <see cref="IProtocolHandlerFactory.CreateHandlerAsync"/>.
/// </summary>
public interface IConnectionAuthenticator
{
    /// <summary>Finds the account that <paramref name="user"/> connecting from <paramref name="clientHost"/> maps to, or null.</summary>
    ValueTask<AccountLookup?> FindAccountAsync(string user, string clientHost, CancellationToken cancellationToken);
}
