namespace MiniAurora.Sql.Ast.Query;

/// <summary><c>name type [EXISTS] PATH 'path' [on_empty] [on_error]</c>.</summary>
public sealed record JsonPathColumn(string Name, DataType Type, string Path, bool Exists) : JsonTableColumn
{
    public JsonOnClause? OnEmpty { get; init; }

    public JsonOnClause? OnError { get; init; }
}
