using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Catalog;

/// <summary>
/// A view, kept as its SELECT text and re-parsed by the engine when used (SQLite's approach:
/// SHOW CREATE VIEW comes for free and references resolve at compile time).
/// </summary>
/// <param name="Schema">Database name.</param>
/// <param name="Name">View name.</param>
/// <param name="DefinitionSql">The SELECT statement text (the part after AS).</param>
/// <param name="ColumnNames">Explicit column list <c>CREATE VIEW v (a, b)</c>, or empty.</param>
/// <param name="Algorithm"><c>UNDEFINED</c>, <c>MERGE</c> or <c>TEMPTABLE</c>.</param>
/// <param name="Definer">Definer account as <c>`user`@`host`</c>.</param>
/// <param name="SqlSecurity"><c>DEFINER</c> or <c>INVOKER</c>.</param>
/// <param name="CheckOption"><c>NONE</c>, <c>CASCADED</c> or <c>LOCAL</c>.</param>
/// <param name="CharacterSetClient">character_set_client at creation (SHOW CREATE VIEW shows it).</param>
/// <param name="CollationConnection">collation_connection at creation.</param>
public sealed record ViewDef(
    string Schema,
    string Name,
    string DefinitionSql,
    SqlList<string> ColumnNames = default,
    string Algorithm = "UNDEFINED",
    string Definer = "`root`@`localhost`",
    string SqlSecurity = "DEFINER",
    string CheckOption = "NONE",
    string CharacterSetClient = "utf8mb4",
    string CollationConnection = "utf8mb4_0900_ai_ci");
