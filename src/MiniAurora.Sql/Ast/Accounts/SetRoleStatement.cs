using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Accounts;

/// <summary>SET ROLE {DEFAULT|NONE|ALL [EXCEPT r, …]|r, …}.</summary>
public sealed record SetRoleStatement(RoleSelectionKind Kind, SqlList<AccountName> Roles) : Statement;
