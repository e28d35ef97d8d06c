using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Expressions;

internal sealed class BoundLiteral : BoundExpression
{
    public BoundLiteral(SqlValue value, ColumnType type)
        : base(type)
    {
        Value = value;
    }

    public SqlValue Value { get; }

    public override bool Nullable => Value.IsNull;

    public override SqlValue Evaluate(EvaluationContext ctx) => Value;

    public static BoundLiteral Null { get; } = new(SqlValue.Null, ColumnType.NullType);

    public override string ToString() => Value.ToString();
}
