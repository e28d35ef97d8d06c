using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>expr [NOT] IN (list): TRUE on a match, NULL if no match but a NULL was seen, else FALSE.</summary>
internal sealed class BoundInList : BoundExpression
{
    public BoundInList(BoundExpression operand, IReadOnlyList<BoundExpression> list, bool negated)
        : base(BoundComparison.BoolType)
    {
        Operand = operand;
        List = list;
        Negated = negated;
        var collation = Collation.Default;
        foreach (var item in list)
        {
            collation = TypeRules.ComparisonCollation(operand.Type, item.Type);
            if (collation != Collation.Default)
            {
                break;
            }
        }
        Collation = collation;
    }

    public BoundExpression Operand { get; }

    public IReadOnlyList<BoundExpression> List { get; }

    public bool Negated { get; }

    public Collation Collation { get; }

    public override IReadOnlyList<BoundExpression> Children => [Operand, .. List];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => new BoundInList(children[0], children.Skip(1).ToArray(), Negated);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var v = Operand.Evaluate(ctx);
        if (v.IsNull)
        {
            return SqlValue.Null;
        }
        bool sawNull = false;
        foreach (var item in List)
        {
            var w = item.Evaluate(ctx);
            if (w.IsNull)
            {
                sawNull = true;
                continue;
            }
            if (ValueComparer.Compare(v, w, Collation, ctx) == 0)
            {
                return SqlValue.FromBool(!Negated);
            }
        }
        return sawNull ? SqlValue.Null : SqlValue.FromBool(Negated);
    }
}
