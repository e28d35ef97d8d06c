using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Accounts;

/// <summary>
/// GRANT privileges ON object TO accounts [WITH GRANT OPTION], or, with <see cref="On"/> null, GRANT roles TO
/// accounts [WITH ADMIN OPTION] (the role names are in <see cref="Privileges"/>, Roles in <see cref="Roles"/>).
/// </summary>
public sealed record GrantStatement(SqlList<Privilege> Privileges, GrantObject? On, SqlList<AccountName> To, bool WithGrantOption) : Statement
{
    public SqlList<AccountName> Roles { get; init; } = SqlList<AccountName>.Empty;
}
