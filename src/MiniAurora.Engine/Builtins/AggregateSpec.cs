using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Planning;

namespace MiniAurora.Engine.Builtins;

/// <summary>One aggregate of a GROUP BY: kind, bound arguments (over the input row), DISTINCT, and its result type.</summary>
internal sealed record AggregateSpec(AggregateKind Kind, BoundExpression[] Arguments, bool Distinct, ColumnType Type)
{
    public string Separator { get; init; } = ",";

    /// <summary>GROUP_CONCAT ... ORDER BY keys over the argument values followed by the order expressions.</summary>
    public BoundExpression[] OrderBy { get; init; } = [];

    public SortKey[] OrderKeys { get; init; } = [];

    public static bool TryGetKind(string name, out AggregateKind kind)
    {
        switch (name)
        {
            case "COUNT": kind = AggregateKind.Count; return true;
            case "SUM": kind = AggregateKind.Sum; return true;
            case "AVG": kind = AggregateKind.Avg; return true;
            case "MIN": kind = AggregateKind.Min; return true;
            case "MAX": kind = AggregateKind.Max; return true;
            case "ANY_VALUE": kind = AggregateKind.AnyValue; return true;
            case "BIT_AND": kind = AggregateKind.BitAnd; return true;
            case "BIT_OR": kind = AggregateKind.BitOr; return true;
            case "BIT_XOR": kind = AggregateKind.BitXor; return true;
            case "STD":
            case "STDDEV":
            case "STDDEV_POP": kind = AggregateKind.StdDevPop; return true;
            case "STDDEV_SAMP": kind = AggregateKind.StdDevSamp; return true;
            case "VARIANCE":
            case "VAR_POP": kind = AggregateKind.VarPop; return true;
            case "VAR_SAMP": kind = AggregateKind.VarSamp; return true;
            default: kind = default; return false;
        }
    }

    public static ColumnType ResultType(AggregateKind kind, ColumnType arg) => kind switch
    {
        AggregateKind.Count or AggregateKind.CountStar => new ColumnType(SqlTypeKind.BigInt, Length: 21),
        AggregateKind.Sum => TypeRules.IsExactType(arg)
            ? ColumnType.Decimal(Math.Min(TypeRules.PrecisionOf(arg) + 22, 65), TypeRules.ScaleOf(arg))
            : ColumnType.Double,
        AggregateKind.Avg => TypeRules.IsExactType(arg)
            ? ColumnType.Decimal(Math.Min(TypeRules.PrecisionOf(arg) + 4, 65), Math.Min(TypeRules.ScaleOf(arg) + 4, 30))
            : ColumnType.Double,
        AggregateKind.Min or AggregateKind.Max or AggregateKind.AnyValue => arg,
        AggregateKind.GroupConcat => ColumnType.VarChar(1024),
        AggregateKind.BitAnd or AggregateKind.BitOr or AggregateKind.BitXor => ColumnType.BigIntUnsigned,
        _ => ColumnType.Double,
    };
}
