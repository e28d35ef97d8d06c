using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Query;

/// <summary><c>NESTED [PATH] 'path' COLUMNS (…)</c>.</summary>
public sealed record JsonNestedColumns(string Path, SqlList<JsonTableColumn> Columns) : JsonTableColumn;
