using MiniAurora.Core.Errors;

namespace MiniAurora.Sql.Parsing;

/// <summary>Temporary stub until the grammar lands.</summary>
internal static class Parser
{
    public static IReadOnlyList<ParsedStatement> ParseMulti(string sql) => throw MySqlErrors.EmptyQuery();

    public static ParsedStatement ParseOne(string sql) => throw MySqlErrors.EmptyQuery();

    public static IReadOnlyList<string> Split(string sql) => [sql];
}
