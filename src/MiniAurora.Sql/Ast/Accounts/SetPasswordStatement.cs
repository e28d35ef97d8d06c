namespace MiniAurora.Sql.Ast.Accounts;

/// <summary><c>SET PASSWORD [FOR account] = 'pw'</c>.</summary>
public sealed record SetPasswordStatement(AccountName? For, string Password) : Statement;
