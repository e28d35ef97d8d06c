namespace MiniAurora.Sql.Ast.Query;

/// <summary><c>name FOR ORDINALITY</c>.</summary>
public sealed record JsonOrdinalityColumn(string Name) : JsonTableColumn;
