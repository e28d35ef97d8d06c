using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Planning;

namespace MiniAurora.Engine.Builtins;

internal enum WindowFunctionKind
{
    RowNumber,
    Rank,
    DenseRank,
    Lag,
    Lead,
    FirstValue,
    LastValue,
    Aggregate,
}

/// <summary>One window function call: kind (or aggregate), arguments, PARTITION BY and ORDER BY over the input row.</summary>
internal sealed record WindowFunctionSpec(
    WindowFunctionKind Kind,
    AggregateSpec? Aggregate,
    BoundExpression[] Arguments,
    BoundExpression[] PartitionBy,
    BoundExpression[] OrderBy,
    bool[] Descending,
    ColumnType Type)
{
    public Collation[] PartitionCollations => PartitionBy.Select(p => p.Type.EffectiveCollation).ToArray();
}
