using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>Converts its operand to a target type: CAST/CONVERT, and implicit normalisation of result kinds.</summary>
internal sealed class BoundCoerce : BoundExpression
{
    public BoundCoerce(BoundExpression operand, ColumnType target, bool isCast)
        : base(target)
    {
        Operand = operand;
        IsCast = isCast;
    }

    public BoundExpression Operand { get; }

    public bool IsCast { get; }

    public override bool Nullable => Operand.Nullable || Type.IsTemporal;

    public override IReadOnlyList<BoundExpression> Children => [Operand];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundCoerce(children[0], Type, IsCast);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var v = Operand.Evaluate(ctx);
        var result = ValueCoercion.To(v, Type, ctx);
        if (IsCast && Type.Length > 0 && (Type.IsString || Type.IsBinary) && Type.Length < 65535 && !result.IsNull)
        {
            if (result.Kind == SqlValueKind.String && result.AsString.Length > Type.Length)
            {
                ctx.Warn(Core.Errors.ErrorCode.ER_TRUNCATED_WRONG_VALUE, Type.IsBinary ? "BINARY(" + Type.Length + ")" : "CHAR(" + Type.Length + ")", result.AsString);
                return SqlValue.FromString(result.AsString[..Type.Length]);
            }
            if (result.Kind == SqlValueKind.Bytes && result.AsBytes.Length > Type.Length)
            {
                return SqlValue.FromBytes(result.AsBytes[..Type.Length]);
            }
        }
        return result;
    }

    public override string ToString() => Operand.ToString() ?? "";
}
