using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Engine.Binding;

internal sealed partial class Binder
{
    private BoundExpression BindSubquery(SubqueryKind kind, QueryExpression query, BoundExpression? operand, bool negated, Scope? scope)
    {
        var sub = BindQuery(query, scope ?? new Scope(null));
        if (kind != SubqueryKind.Exists && sub.VisibleWidth != 1)
        {
            throw MySqlErrors.OperandColumns(1);
        }
        bool correlated = sub.Plan is not null && IsCorrelated(sub.Plan);
        var type = kind == SubqueryKind.Scalar ? sub.Columns[0].Type : kind == SubqueryKind.In ? sub.Columns[0].Type : BoundComparison.BoolType;
        if (kind == SubqueryKind.In)
        {
            return new BoundSubquery(kind, Trim(sub), 1, type, operand, negated, correlated) { };
        }
        return new BoundSubquery(kind, Trim(sub), sub.VisibleWidth, kind == SubqueryKind.Exists ? BoundComparison.BoolType : type, operand, negated, correlated);
    }

    /// <summary>True when any expression in the plan reads an enclosing query's row.</summary>
    private static bool IsCorrelated(Planning.PlanNode plan)
    {
        bool Check(BoundExpression? e) => e is not null && e.AnyNode(n => n is BoundOuterColumnRef || (n is BoundSubquery s && s.Correlated));
        switch (plan)
        {
            case Planning.FilterNode f when Check(f.Predicate):
            case Planning.ProjectNode p when p.Expressions.Any(Check):
            case Planning.JoinNode j when Check(j.Condition):
            case Planning.AggregateNode a when a.Groups.Any(Check) || a.Aggregates.Any(s => s.Arguments.Any(Check)):
            case Planning.LimitNode l when Check(l.Count) || Check(l.Offset):
            case Planning.ScanNode s when s.Path.Equalities.Any(Check) || Check(s.Path.Low) || Check(s.Path.High) || (s.Path.InList?.Any(Check) ?? false):
                return true;
        }
        foreach (var child in plan.Children)
        {
            if (IsCorrelated(child))
            {
                return true;
            }
        }
        return false;
    }
}
