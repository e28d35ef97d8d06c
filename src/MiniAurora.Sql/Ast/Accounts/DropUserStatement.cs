using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Accounts;

/// <summary>DROP USER / DROP ROLE (<see cref="IsRole"/>).</summary>
public sealed record DropUserStatement(SqlList<AccountName> Accounts, bool IfExists, bool IsRole) : Statement;
