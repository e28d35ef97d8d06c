using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>A column of the current row, by ordinal in the row layout of the operator that evaluates it.</summary>
internal sealed class BoundColumnRef : BoundExpression
{
    public BoundColumnRef(int ordinal, ColumnType type, bool nullable, ColumnOrigin? origin)
        : base(type)
    {
        Ordinal = ordinal;
        _nullable = nullable;
        Origin = origin;
    }

    private readonly bool _nullable;

    public int Ordinal { get; }

    /// <summary>Where the column comes from, for result metadata (table, org names, flags); null for computed columns.</summary>
    public ColumnOrigin? Origin { get; }

    public override bool Nullable => _nullable;

    public override bool IsConstant => false;

    public override SqlValue Evaluate(EvaluationContext ctx) => ctx.Row[Ordinal];

    public override string ToString() => Origin?.Name ?? "#" + Ordinal;
}
