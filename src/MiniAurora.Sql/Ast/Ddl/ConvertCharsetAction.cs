using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary><c>CONVERT TO CHARACTER SET cs [COLLATE c]</c>.</summary>
public sealed record ConvertCharsetAction(string Charset, string? Collation) : AlterTableAction;
