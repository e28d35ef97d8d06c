using MiniAurora.Core.Values;
using MiniAurora.Engine.Builtins;

namespace MiniAurora.Engine.Expressions;

internal sealed class BoundFunctionCall : BoundExpression
{
    private readonly BoundExpression[] _args;

    public BoundFunctionCall(FunctionDefinition function, BoundExpression[] args)
        : base(function.ReturnType(args))
    {
        Function = function;
        _args = args;
    }

    public FunctionDefinition Function { get; }

    public override IReadOnlyList<BoundExpression> Children => _args;

    public override bool Nullable => (Function.Flags & FunctionFlags.NotNull) == 0;

    public override bool IsConstant => (Function.Flags & FunctionFlags.Volatile) == 0 && base.IsConstant;

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundFunctionCall(Function, [.. children]);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var value = Function.Invoke(ctx, _args);
        return (Function.Flags & FunctionFlags.CoerceToType) != 0 ? Values.ValueCoercion.To(value, Type, ctx) : value;
    }

    public override string ToString() => Function.Name + "(" + string.Join(",", _args.Select(a => a.ToString())) + ")";
}
