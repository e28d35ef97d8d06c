using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Sessions.Variables;

/// <summary>One row of the system-variable table.</summary>
/// <param name="Name">Lower-case name.</param>
/// <param name="Scope">Global, session or both.</param>
/// <param name="Type">Value domain.</param>
/// <param name="Default">Default as MySQL's SHOW VARIABLES prints it (ON/OFF for booleans).</param>
/// <param name="ReadOnly">Cannot be SET at runtime (1238 "read only").</param>
/// <param name="Min">Lower bound for numbers (values are clamped with a warning, as MySQL).</param>
/// <param name="Max">Upper bound for numbers.</param>
/// <param name="Values">Allowed values for enums.</param>
internal sealed record SystemVariableDefinition(
    string Name,
    VariableScope Scope,
    VariableType Type,
    string Default,
    bool ReadOnly = false,
    long Min = long.MinValue,
    long Max = long.MaxValue,
    string[]? Values = null)
{
    /// <summary>The static type SELECT @@name reports.</summary>
    public ColumnType ResultType => Type switch
    {
        VariableType.Bool or VariableType.Int => ColumnType.BigInt,
        VariableType.UInt => ColumnType.BigIntUnsigned,
        VariableType.Double => ColumnType.Double,
        _ => ColumnType.VarChar(Math.Max(Default.Length, 64), Collation.Utf8mb3_general_ci),
    };
}
