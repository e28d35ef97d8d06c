using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary><c>expr [[AS] alias]</c>.</summary>
public sealed record ExpressionItem(Expression Expression, string? Alias) : SelectItem;
