using MiniAurora.Engine.Planning;
using MiniAurora.Sql.Ast;

namespace MiniAurora.Engine.Binding;

/// <summary>One table of a left-deep join, in FROM order: how it is read and how it joins the ones before it.</summary>
internal sealed class JoinStep
{
    public JoinStep(BoundSource source, PlanNode? fixedPlan, bool leftOuter, Expression? on)
    {
        Source = source;
        FixedPlan = fixedPlan;
        LeftOuter = leftOuter;
        On = on;
    }

    public BoundSource Source { get; }

    /// <summary>The plan for derived/virtual tables; null for base tables (the planner picks the access path).</summary>
    public PlanNode? FixedPlan { get; }

    public bool LeftOuter { get; }

    public Expression? On { get; }

    public Engine.Expressions.BoundExpression? BoundOn { get; set; }
}
