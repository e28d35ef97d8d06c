using MiniAurora.Engine.Sessions;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Engine.Catalog;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine;

public sealed partial class Session
{
    /// <summary>
    /// COM_FIELD_LIST (mariadb CLI tab completion): the table's column definitions, optionally filtered by a LIKE
    /// wildcard. Throws 1046 without a current database and 1146 for an unknown table.
    /// </summary>
    public IReadOnlyList<ResultColumn> FieldList(string table, string? wildcard)
    {
        var db = CurrentDatabase ?? throw MySqlErrors.NoDbError();
        var catalog = Engine.Storage.Catalog;
        if (!catalog.TryGetTable(db, table, out var def))
        {
            throw MySqlErrors.NoSuchTable(db, table);
        }
        var info = TableInfo.Of(def);
        var result = new List<ResultColumn>();
        for (int i = 0; i < def.Columns.Count; i++)
        {
            var c = def.Columns[i];
            if (wildcard is { Length: > 0 } && !LikeMatcher.Matches(c.Name, wildcard, '\\', Core.Values.Collation.Utf8mb4_0900_ai_ci))
            {
                continue;
            }
            result.Add(new ResultColumn(c.Name, c.Type, info.Flags[i], def.Name, def.Name, def.Schema, c.Name));
        }
        return result;
    }
}
