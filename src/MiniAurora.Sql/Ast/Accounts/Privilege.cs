using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Accounts;

/// <summary>A privilege as written, upper case with single spaces ("SELECT", "ALL", "INVOKE LAMBDA", "CREATE ROUTINE", "SYSTEM_VARIABLES_ADMIN"), with optional column list.</summary>
public sealed record Privilege(string Name, SqlList<string> Columns);
