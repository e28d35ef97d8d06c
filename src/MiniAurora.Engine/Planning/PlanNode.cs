using MiniAurora.Engine.Execution;

namespace MiniAurora.Engine.Planning;

/// <summary>
/// A node of a physical plan: immutable and shareable between executions and sessions (plans are cached
/// by statement text). <see cref="Open"/> builds the per-execution operator.
/// </summary>
internal abstract class PlanNode
{
    /// <summary>Number of values in the rows this node produces.</summary>
    public abstract int Width { get; }

    public abstract Operator Open(QueryContext ctx);

    /// <summary>Adds this node's EXPLAIN rows (MySQL's tabular EXPLAIN: one row per table access).</summary>
    public virtual void Explain(List<ExplainRow> rows)
    {
        foreach (var child in Children)
        {
            child.Explain(rows);
        }
    }

    public virtual IReadOnlyList<PlanNode> Children => [];
}
