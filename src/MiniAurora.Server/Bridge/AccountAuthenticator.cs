using System.Net;
using MiniAurora.Protocol.Authentication;
using MiniAurora.Security.Accounts;

namespace MiniAurora.Server.Bridge;

/// <summary>
/// Finds the account a connecting client maps to, by MySQL's matching order. Loopback clients are
/// known by the name 'localhost' as well as their address, as with mysqld's host name resolution.
/// The matched <see cref="Account"/> travels on as the session's principal.
/// </summary>
internal sealed class AccountAuthenticator(AccountStore accounts) : IConnectionAuthenticator
{
    public ValueTask<AccountLookup?> FindAccountAsync(string user, string clientHost, CancellationToken cancellationToken)
    {
        var hostName = HostNameOf(clientHost);
        var account = accounts.Match(user, hostName, clientHost);
        return ValueTask.FromResult(account is null
            ? null
            : new AccountLookup(account.Plugin, new AccountVerifier(account, accounts.Sha2), account));
    }

    public static string HostNameOf(string clientAddress) =>
        IPAddress.TryParse(clientAddress, out var ip) && IPAddress.IsLoopback(ip) ? "localhost" : clientAddress;
}
