using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Accounts;

/// <summary><c>RENAME USER a TO b, …</c>; pairs in order.</summary>
public sealed record RenameUserStatement(SqlList<AccountName> From, SqlList<AccountName> To) : Statement;
