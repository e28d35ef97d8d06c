namespace MiniAurora.Sql.Ast.Query;

/// <summary>A column of JSON_TABLE's COLUMNS clause.</summary>
public abstract record JsonTableColumn;
