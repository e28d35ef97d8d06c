using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Accounts;

/// <summary>REVOKE privileges ON object FROM accounts, or REVOKE roles FROM accounts (<see cref="On"/> null).</summary>
public sealed record RevokeStatement(SqlList<Privilege> Privileges, GrantObject? On, SqlList<AccountName> From) : Statement
{
    public SqlList<AccountName> Roles { get; init; } = SqlList<AccountName>.Empty;
}
