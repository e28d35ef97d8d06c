using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Accounts;

/// <summary><c>CREATE USER [IF NOT EXISTS] spec, … [DEFAULT ROLE r, …] [options]</c>.</summary>
public sealed record CreateUserStatement(SqlList<UserSpecification> Users, bool IfNotExists, SqlList<AccountName> DefaultRoles, AccountOptions Options) : Statement;
