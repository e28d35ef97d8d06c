using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>@name: read at evaluation time (its type is what was last assigned; the static type is a guess).</summary>
internal sealed class BoundUserVariable : BoundExpression
{
    public BoundUserVariable(string name)
        : base(ColumnType.LongText)
    {
        Name = name;
    }

    public string Name { get; }

    public override bool IsConstant => false;

    public override SqlValue Evaluate(EvaluationContext ctx) => ctx.Session.GetUserVariable(Name);
}
