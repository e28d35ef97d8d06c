using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>@name := value inside an expression.</summary>
internal sealed class BoundAssignUserVariable : BoundExpression
{
    public BoundAssignUserVariable(string name, BoundExpression value)
        : base(value.Type)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }

    public BoundExpression Value { get; }

    public override IReadOnlyList<BoundExpression> Children => [Value];

    public override bool IsConstant => false;

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundAssignUserVariable(Name, children[0]);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var v = Value.Evaluate(ctx);
        ctx.Session.SetUserVariable(Name, v);
        return v;
    }
}
