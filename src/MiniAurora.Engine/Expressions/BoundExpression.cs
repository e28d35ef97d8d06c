using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>
/// A resolved expression: names are bound to row ordinals, functions to their implementations, and
/// the static result <see cref="Type"/> is known. Evaluation is synchronous and pure (B5); values
/// returned are NULL or of the runtime kind matching <see cref="Type"/> where the node guarantees it
/// (the projection coerces the rest).
/// </summary>
internal abstract class BoundExpression
{
    protected BoundExpression(ColumnType type)
    {
        Type = type;
    }

    public ColumnType Type { get; protected set; }

    /// <summary>False when the expression can never be NULL (drives the NOT_NULL column flag).</summary>
    public virtual bool Nullable => true;

    public virtual IReadOnlyList<BoundExpression> Children => [];

    /// <summary>True when the value depends on no row, parameter, variable or clock (constant folding).</summary>
    public virtual bool IsConstant
    {
        get
        {
            foreach (var child in Children)
            {
                if (!child.IsConstant)
                {
                    return false;
                }
            }
            return true;
        }
    }

    public abstract SqlValue Evaluate(EvaluationContext ctx);

    /// <summary>Rebuilds this node with new children (same count and order); used by rewrites.</summary>
    public virtual BoundExpression WithChildren(IReadOnlyList<BoundExpression> children) => this;

    public bool AnyNode(Func<BoundExpression, bool> predicate)
    {
        if (predicate(this))
        {
            return true;
        }
        foreach (var child in Children)
        {
            if (child.AnyNode(predicate))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Bottom-up rewrite: <paramref name="rewrite"/> returns a replacement or null to keep the node.</summary>
    public BoundExpression Rewrite(Func<BoundExpression, BoundExpression?> rewrite)
    {
        var replaced = rewrite(this);
        if (replaced is not null)
        {
            return replaced;
        }
        var children = Children;
        if (children.Count == 0)
        {
            return this;
        }
        BoundExpression[]? updated = null;
        for (int i = 0; i < children.Count; i++)
        {
            var c = children[i].Rewrite(rewrite);
            if (!ReferenceEquals(c, children[i]))
            {
                updated ??= [.. children];
                updated[i] = c;
            }
        }
        return updated is null ? this : WithChildren(updated);
    }
}
