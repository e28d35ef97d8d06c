using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>@@[global.|session.]name, read when evaluated (SET may change it between executions of a cached plan).</summary>
internal sealed class BoundSystemVariable : BoundExpression
{
    public BoundSystemVariable(string name, bool global, ColumnType type)
        : base(type)
    {
        Name = name;
        Global = global;
    }

    public string Name { get; }

    public bool Global { get; }

    public override bool IsConstant => false;

    public override SqlValue Evaluate(EvaluationContext ctx) => ctx.Session.GetSystemVariable(Name, Global);
}
