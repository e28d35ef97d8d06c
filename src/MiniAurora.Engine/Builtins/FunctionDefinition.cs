using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Builtins;

/// <summary>Evaluates a builtin; arguments are evaluated by the function itself (so IF/COALESCE can be lazy).</summary>
internal delegate SqlValue ScalarInvoker(EvaluationContext ctx, BoundExpression[] args);

/// <summary>Computes the static result type from the bound arguments.</summary>
internal delegate ColumnType ReturnTypeRule(BoundExpression[] args);

[Flags]
internal enum FunctionFlags
{
    None = 0,

    /// <summary>Never folded at bind time (RAND, UUID, NOW, session readers).</summary>
    Volatile = 1,

    /// <summary>Result is never NULL.</summary>
    NotNull = 2,

    /// <summary>The call node converts the result to its static type (branch-choosing functions).</summary>
    CoerceToType = 4,
}

/// <summary>One row of the builtin function table.</summary>
internal sealed record FunctionDefinition(string Name, int MinArgs, int MaxArgs, ReturnTypeRule ReturnType, ScalarInvoker Invoke, FunctionFlags Flags = FunctionFlags.None);
