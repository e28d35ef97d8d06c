using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary>One SELECT block.</summary>
/// <param name="From">Comma-separated table references; empty for SELECT without FROM (and FROM DUAL).</param>
/// <param name="GroupBy">GROUP BY expressions (positions are integer literals, aliases are bare ColumnRefs).</param>
public sealed record SelectQuery(
    bool Distinct,
    SqlList<SelectItem> Items,
    SqlList<TableReference> From,
    Expression? Where,
    SqlList<Expression> GroupBy,
    Expression? Having) : QueryExpression
{
    public bool WithRollup { get; init; }

    public SqlList<NamedWindow> Windows { get; init; } = SqlList<NamedWindow>.Empty;

    /// <summary>FOR UPDATE / FOR SHARE / LOCK IN SHARE MODE.</summary>
    public LockingClause? Locking { get; init; }

    /// <summary>SELECT … INTO @a, local_var (stored programs and top level).</summary>
    public SqlList<Expression> Into { get; init; } = SqlList<Expression>.Empty;

    public bool SqlCalcFoundRows { get; init; }

    public bool StraightJoin { get; init; }
}
