namespace MiniAurora.Security.Accounts;

/// <summary>
/// One row of mysql.user: the account name, its authentication plugin and hash, and state.
/// Immutable; the <see cref="AccountStore"/> swaps whole snapshots on change.
/// </summary>
public sealed record Account(string User, string Host, string Plugin, string AuthenticationString)
{
    public bool Locked { get; init; }

    public bool IsAnonymous => User.Length == 0;

    public HostPattern HostPattern { get; } = HostPattern.Parse(Host);

    /// <summary>The account name as MySQL quotes it in messages and SHOW GRANTS: 'user'@'host'.</summary>
    public string QuotedName => $"'{User}'@'{Host}'";

    public bool HasPassword => AuthenticationString.Length > 0;
}
