using System.Collections.Immutable;
using MiniAurora.Core.Errors;
using MiniAurora.Sql.Ast.Compound;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Engine.Routines;

/// <summary>
/// A DECLARE … HANDLER: active for instructions [<see cref="RangeStart"/>, <see cref="RangeEnd"/>) (the rest of its
/// block); its body is compiled out of line at [<see cref="BodyStart"/>, …) ending in a <see cref="HandlerEndInstruction"/>.
/// </summary>
internal sealed class HandlerEntry(HandlerAction action, IReadOnlyList<ConditionValue> conditions)
{
    public HandlerAction Action { get; } = action;

    /// <summary>Conditions with named conditions already resolved.</summary>
    public IReadOnlyList<ConditionValue> Conditions { get; } = conditions;

    public int BodyStart { get; set; }

    public int RangeStart { get; set; }

    public int RangeEnd { get; set; }

    /// <summary>Where an EXIT handler continues: the end of the declaring block.</summary>
    public int ExitTarget { get; set; }

    /// <summary>Match rank for <paramref name="e"/> (higher is more specific), or -1 when the handler does not apply.</summary>
    public int Match(MiniAuroraException e)
    {
        int best = -1;
        string cls = e.SqlState.Length >= 2 ? e.SqlState[..2] : "";
        foreach (var c in Conditions)
        {
            int rank = c.Kind switch
            {
                ConditionKind.ErrorCode when c.ErrorCode == e.Number => 3,
                ConditionKind.SqlState when string.Equals(c.SqlState, e.SqlState, StringComparison.OrdinalIgnoreCase) => 2,
                ConditionKind.NotFound when cls == "02" => 1,
                ConditionKind.SqlWarning when cls == "01" => 1,
                ConditionKind.SqlException when cls is not ("00" or "01" or "02") => 1,
                _ => -1,
            };
            best = Math.Max(best, rank);
        }
        return best;
    }
}

/// <summary>End of a handler body: CONTINUE resumes after the failed instruction, EXIT leaves the declaring block.</summary>
internal sealed class HandlerEndInstruction(HandlerEntry handler, ImmutableDictionary<string, int> scope) : Instruction(scope)
{
    public HandlerEntry Handler { get; } = handler;
}

/// <summary>SIGNAL / RESIGNAL (named conditions resolved at compile time).</summary>
internal sealed class SignalInstruction(bool resignal, ConditionValue? condition, IReadOnlyList<SignalItem> items, ImmutableDictionary<string, int> scope) : Instruction(scope)
{
    public bool Resignal { get; } = resignal;

    public ConditionValue? Condition { get; } = condition;

    public IReadOnlyList<SignalItem> Items { get; } = items;
}

/// <summary>OPEN cursor: runs the query (bound in the cursor's declaration scope) and buffers its rows.</summary>
internal sealed class OpenCursorInstruction(int cursor, QueryExpression query, ImmutableDictionary<string, int> scope) : Instruction(scope)
{
    public int Cursor { get; } = cursor;

    public QueryExpression Query { get; } = query;
}

/// <summary>FETCH cursor INTO slots; past the last row raises NOT FOUND (1329, SQLSTATE 02000).</summary>
internal sealed class FetchCursorInstruction(int cursor, int[] slots, ImmutableDictionary<string, int> scope) : Instruction(scope)
{
    public int Cursor { get; } = cursor;

    public int[] Slots { get; } = slots;
}

/// <summary>CLOSE cursor.</summary>
internal sealed class CloseCursorInstruction(int cursor, ImmutableDictionary<string, int> scope) : Instruction(scope)
{
    public int Cursor { get; } = cursor;
}
