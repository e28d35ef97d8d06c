using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary><c>expr [[AS] alias]</c>.</summary>
public sealed record ExpressionItem(Expression Expression, string? Alias) : SelectItem
{
    /// <summary>
    /// The expression's exact source text; MySQL names an unaliased column after it
    /// (<c>SELECT 1+1</c> → "1+1"). Null when the node was built rather than parsed.
    /// </summary>
    public string? Text { get; init; }
}
