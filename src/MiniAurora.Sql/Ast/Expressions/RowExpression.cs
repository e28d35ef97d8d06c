using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary>A row constructor: <c>(a, b)</c> or <c>ROW(a, b)</c>; always two or more items.</summary>
public sealed record RowExpression(SqlList<Expression> Items) : Expression;
