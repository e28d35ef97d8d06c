namespace MiniAurora.Sql.Ast.Accounts;

/// <summary>ACCOUNT LOCK/UNLOCK and resource limits of CREATE/ALTER USER; null means not written.</summary>
public sealed record AccountOptions
{
    public static AccountOptions None { get; } = new();

    public bool? AccountLocked { get; init; }

    public int? MaxUserConnections { get; init; }

    public int? MaxQueriesPerHour { get; init; }

    public int? MaxUpdatesPerHour { get; init; }

    public int? MaxConnectionsPerHour { get; init; }

    /// <summary>PASSWORD EXPIRE (true) written.</summary>
    public bool PasswordExpire { get; init; }
}
