using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast.Query;

/// <summary><c>JSON_TABLE(doc, 'path' COLUMNS (…)) [AS] alias</c> in FROM.</summary>
public sealed record JsonTable(Expression Document, string Path, SqlList<JsonTableColumn> Columns, string Alias) : TableReference;
