using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Accounts;

public sealed record CreateRoleStatement(SqlList<AccountName> Roles, bool IfNotExists) : Statement;
