namespace MiniAurora.Sql.Ast.Accounts;

/// <summary>
/// An account with its authentication clause: <c>IDENTIFIED BY 'pw'</c> (Password), <c>IDENTIFIED WITH plugin
/// [BY 'pw' | AS 'hash']</c> (Plugin, and Password or AuthString). All null when no IDENTIFIED clause was written.
/// </summary>
public sealed record UserSpecification(AccountName Account, string? Plugin, string? Password, string? AuthString);
