using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>A '?' placeholder; its value comes from the execution's parameter array.</summary>
internal sealed class BoundParameter : BoundExpression
{
    public BoundParameter(int index)
        : base(ColumnType.LongText)
    {
        Index = index;
    }

    public int Index { get; }

    public override bool IsConstant => false;

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var span = ctx.Parameters.Span;
        return Index < span.Length ? span[Index] : SqlValue.Null;
    }

    public override string ToString() => "?";
}
