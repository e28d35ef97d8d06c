using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Accounts;

/// <summary><c>ALTER USER [IF EXISTS] spec, … [options]</c>.</summary>
public sealed record AlterUserStatement(SqlList<UserSpecification> Users, bool IfExists, AccountOptions Options) : Statement;
