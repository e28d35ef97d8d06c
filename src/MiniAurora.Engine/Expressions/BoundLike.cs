using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>LIKE with '%' and '_' wildcards and an escape character, under the operands' collation.</summary>
internal sealed class BoundLike : BoundExpression
{
    public BoundLike(BoundExpression operand, BoundExpression pattern, BoundExpression? escape, bool negated)
        : base(BoundComparison.BoolType)
    {
        Operand = operand;
        Pattern = pattern;
        Escape = escape;
        Negated = negated;
        Collation = TypeRules.ComparisonCollation(operand.Type, pattern.Type);
    }

    public BoundExpression Operand { get; }

    public BoundExpression Pattern { get; }

    public BoundExpression? Escape { get; }

    public bool Negated { get; }

    public Collation Collation { get; }

    public override IReadOnlyList<BoundExpression> Children => Escape is null ? [Operand, Pattern] : [Operand, Pattern, Escape];

    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) =>
        new BoundLike(children[0], children[1], children.Count > 2 ? children[2] : null, Negated);

    public override SqlValue Evaluate(EvaluationContext ctx)
    {
        var v = Operand.Evaluate(ctx);
        var p = Pattern.Evaluate(ctx);
        if (v.IsNull || p.IsNull)
        {
            return SqlValue.Null;
        }
        char escape = '\\';
        if (Escape is not null)
        {
            var e = ValueConversion.ToText(Escape.Evaluate(ctx));
            escape = e.Length > 0 ? e[0] : '\0';
        }
        bool match = LikeMatcher.Matches(ValueConversion.ToText(v), ValueConversion.ToText(p), escape, Collation);
        return SqlValue.FromBool(match != Negated);
    }
}
