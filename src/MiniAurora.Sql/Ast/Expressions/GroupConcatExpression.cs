using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>GROUP_CONCAT([DISTINCT] args [ORDER BY …] [SEPARATOR 's'])</c>.</summary>
public sealed record GroupConcatExpression(bool Distinct, SqlList<Expression> Arguments, SqlList<OrderItem> OrderBy, string? Separator) : Expression
{
    public WindowSpec? Over { get; init; }
}
