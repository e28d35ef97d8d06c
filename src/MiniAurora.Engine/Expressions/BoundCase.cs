using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>CASE [operand] WHEN ... THEN ... [ELSE ...] END; results are converted to the unified type.</summary>
internal sealed class BoundCase : BoundExpression
{
    public BoundCase(BoundExpression? operand, IReadOnlyList<(BoundExpression When, BoundExpression Then)> branches, BoundExpression? elseResult)
        : base(TypeRules.Unify(branches.Select(b => b.Then.Type).Append(elseResult?.Type ?? ColumnType.NullType)))
    {
        Operand = operand;
        Branches = branches;
        Else = elseResult;
    }

    public BoundExpression? Operand { get; }

    public IReadOnlyList<(BoundExpression When, BoundExpression Then)> Branches { get; }

    public BoundExpression? Else { get; }

    public override IReadOnlyList<BoundExpression> Children
    {
        get
        {
            var list = new List<BoundExpression>();
            if (Operand is not null)
            {
                list.Add(Operand);
            }
            foreach (var (w, t) in Branches)
            {
                list.Add(w);
                list.Add(t);
            }
            if (Else is not null)
            {
                list.Add(Else);
            }
            return list;
        }
    }

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children)
    {
        int i = 0;
        var operand = Operand is null ? null : children[i++];
        var branches = new List<(BoundExpression, BoundExpression)>();
        for (int b = 0; b < Branches.Count; b++)
        {
            branches.Add((children[i], children[i + 1]));
            i += 2;
        }
        var elseResult = Else is null ? null : children[i];
        return new BoundCase(operand, branches, elseResult);
    }

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        if (Operand is not null)
        {
            var v = Operand.Evaluate(ctx);
            if (!v.IsNull)
            {
                foreach (var (when, then) in Branches)
                {
                    var w = when.Evaluate(ctx);
                    if (!w.IsNull && ValueComparer.Compare(v, w, TypeRules.ComparisonCollation(Operand.Type, when.Type), ctx) == 0)
                    {
                        return ValueCoercion.To(then.Evaluate(ctx), Type, ctx);
                    }
                }
            }
        }
        else
        {
            foreach (var (when, then) in Branches)
            {
                if (ValueConversion.Truth(when.Evaluate(ctx), ctx) == 1)
                {
                    return ValueCoercion.To(then.Evaluate(ctx), Type, ctx);
                }
            }
        }
        return Else is null ? SqlValue.Null : ValueCoercion.To(Else.Evaluate(ctx), Type, ctx);
    }
}
