using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Accounts;

/// <summary>SET DEFAULT ROLE {NONE|ALL|r, …} TO account, ….</summary>
public sealed record SetDefaultRoleStatement(RoleSelectionKind Kind, SqlList<AccountName> Roles, SqlList<AccountName> To) : Statement;
