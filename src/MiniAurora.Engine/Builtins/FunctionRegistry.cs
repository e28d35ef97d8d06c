using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Builtins;

/// <summary>
/// The table of builtin scalar functions, filled by the per-family files (String, Numeric, Control,
/// Information, Temporal). Lookup is by upper-case name.
/// </summary>
internal static partial class FunctionRegistry
{
    private static readonly Dictionary<string, FunctionDefinition> s_functions = Build();

    public static bool TryGet(string name, out FunctionDefinition definition) => s_functions.TryGetValue(name.ToUpperInvariant(), out definition!);

    public static IEnumerable<string> Names => s_functions.Keys;

    private static Dictionary<string, FunctionDefinition> Build()
    {
        var table = new Dictionary<string, FunctionDefinition>(StringComparer.Ordinal);
        void Add(FunctionDefinition d) => table[d.Name] = d;
        foreach (var d in StringFunctions.All())
        {
            Add(d);
        }
        foreach (var d in NumericFunctions.All())
        {
            Add(d);
        }
        foreach (var d in ControlFunctions.All())
        {
            Add(d);
        }
        foreach (var d in InformationFunctions.All())
        {
            Add(d);
        }
        foreach (var d in TemporalFunctions.All())
        {
            Add(d);
        }
        foreach (var d in TimeFunctions.All())
        {
            Add(d);
        }
        foreach (var d in MiscFunctions.All())
        {
            Add(d);
        }
        foreach (var d in JsonFunctions.All())
        {
            Add(d);
        }
        return table;
    }

    internal static ReturnTypeRule Fixed(ColumnType type) => _ => type;

    internal static ColumnType VarChar(int length) => ColumnType.VarChar(Math.Max(length, 0));

    internal static SqlValue Arg(EvaluationContext ctx, BoundExpression[] args, int i) => args[i].Evaluate(ctx);

    internal static FunctionDefinition Alias(string name, FunctionDefinition d) => d with { Name = name };
}
