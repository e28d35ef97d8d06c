using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary><c>*</c>, <c>t.*</c> or <c>db.t.*</c>.</summary>
public sealed record AllColumnsItem(string? Schema, string? Table) : SelectItem;
