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
        // The listener names loopback clients 'localhost'; they match accounts by that name and by 127.0.0.1.
        var address = clientHost == Localhost ? "127.0.0.1" : clientHost;
        var account = accounts.Match(user, clientHost, address);
        return ValueTask.FromResult(account is null
            ? null
            : new AccountLookup(account.Plugin, new AccountVerifier(account, accounts.Sha2), account));
    }

    public const string Localhost = "localhost";

    /// <summary>The host name a client is known by: 'localhost' for loopback (as mysqld's name resolution gives), else its address.</summary>
    public static string HostNameOf(IPAddress address) => IPAddress.IsLoopback(address) ? Localhost : address.ToString();
}
