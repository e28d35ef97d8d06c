namespace MiniAurora.Sql.Ast.Accounts;

/// <summary><c>'user'@'host'</c> (host "%" when omitted) or CURRENT_USER (<see cref="IsCurrentUser"/>); also role names.</summary>
public sealed record AccountName(string User, string Host)
{
    public bool IsCurrentUser { get; init; }
}
