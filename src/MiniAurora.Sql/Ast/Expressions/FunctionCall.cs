using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary>
/// A function call by name: builtins, aggregates, stored functions (<see cref="Schema"/> set when
/// qualified). Special syntaxes are normalized to plain argument lists: SUBSTRING(x FROM a FOR b) →
/// SUBSTRING(x, a, b), POSITION(a IN b) → POSITION(a, b), TIMESTAMPDIFF(unit, a, b) has a
/// <see cref="TimeUnitExpression"/> first argument. Niladic keywords written without parentheses
/// (CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_USER, LOCALTIME…) are calls with no arguments.
/// </summary>
/// <param name="Name">Upper-cased for builtins; original case for qualified (stored) functions.</param>
public sealed record FunctionCall(string Name, SqlList<Expression> Arguments) : Expression
{
    public string? Schema { get; init; }

    /// <summary>COUNT(*).</summary>
    public bool Star { get; init; }

    /// <summary>Aggregate with DISTINCT (COUNT(DISTINCT a, b), SUM(DISTINCT x)…).</summary>
    public bool Distinct { get; init; }

    /// <summary>OVER (…) or OVER name: makes this a window function call.</summary>
    public WindowSpec? Over { get; init; }
}
