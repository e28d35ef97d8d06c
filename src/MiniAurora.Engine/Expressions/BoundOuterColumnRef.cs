using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>A column of an enclosing query's row (correlated subqueries): <see cref="Level"/> 1 is the immediately enclosing query.</summary>
internal sealed class BoundOuterColumnRef : BoundExpression
{
    public BoundOuterColumnRef(int level, int ordinal, ColumnType type)
        : base(type)
    {
        Level = level;
        Ordinal = ordinal;
    }

    public int Level { get; }

    public int Ordinal { get; }

    public override bool IsConstant => false;

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var stack = ctx.OuterRows;
        return stack[^Level][Ordinal];
    }
}
