using MiniAurora.Engine.Binding;
using MiniAurora.Engine.Expressions;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Planning;

/// <summary>
/// Picks how each table of a left-deep join is read. Conjuncts of the form <c>col = e</c>, <c>col BETWEEN a AND b</c>,
/// <c>col &lt; e</c> …, and <c>col IN (consts)</c> on index key columns, where <c>e</c> only reads constants,
/// parameters or columns of tables earlier in the join, become index bounds (a unique full-key equality is a
/// point lookup; bounds on earlier tables make an index nested-loop join). The WHERE clause is still applied
/// in full afterwards, so bounds only have to be supersets.
/// </summary>
internal static class AccessPathChooser
{
    public static PlanNode PlanJoin(List<JoinStep> steps, BoundExpression? where, Scope scope)
    {
        var whereConjuncts = new List<BoundExpression>();
        Split(where, whereConjuncts);
        PlanNode? plan = null;
        foreach (var step in steps)
        {
            var source = step.Source;
            PlanNode node;
            bool correlated = false;
            if (step.FixedPlan is not null || source.Table is null)
            {
                node = step.FixedPlan!;
            }
            else
            {
                var candidates = new List<BoundExpression>();
                if (!step.LeftOuter)
                {
                    candidates.AddRange(whereConjuncts);
                }
                Split(step.BoundOn, candidates);
                var path = Choose(source.Table, source.Offset, candidates);
                correlated = plan is not null && UsesColumns(path);
                node = new ScanNode(source.Table, source.Alias, path);
                if (plan is not null && !correlated && TryHashKeys(candidates, source.Offset, source.Columns.Count, out var outerKeys, out var innerKeys, out var collations))
                {
                    plan = new HashJoinNode(plan, node, outerKeys, innerKeys, collations, step.BoundOn, step.LeftOuter);
                    continue;
                }
            }
            plan = plan is null ? node : new JoinNode(plan, node, correlated, step.BoundOn, step.LeftOuter);
            if (plan is not JoinNode && step.BoundOn is not null)
            {
                plan = new FilterNode(plan, step.BoundOn);
            }
        }
        if (where is not null)
        {
            plan = new FilterNode(plan!, where);
        }
        return plan!;
    }

    /// <summary>
    /// Finds <c>inner.col = outer_expr</c> conjuncts whose two sides hash alike (both integers, or strings of
    /// one collation, or the same temporal kind); other comparisons convert types and must not be hashed.
    /// </summary>
    private static bool TryHashKeys(List<BoundExpression> conjuncts, int offset, int width, out BoundExpression[] outerKeys, out int[] innerKeys, out Core.Values.Collation[] collations)
    {
        var outer = new List<BoundExpression>();
        var inner = new List<int>();
        var colls = new List<Core.Values.Collation>();
        foreach (var c in conjuncts)
        {
            if (c is not BoundComparison { Operator: ComparisonOperator.Equal } eq)
            {
                continue;
            }
            foreach (var (a, b) in new[] { (eq.Left, eq.Right), (eq.Right, eq.Left) })
            {
                if (a is BoundColumnRef col && col.Ordinal >= offset && col.Ordinal < offset + width
                    && !b.AnyNode(n => n is BoundColumnRef r && r.Ordinal >= offset) && b.AnyNode(n => n is BoundColumnRef)
                    && !b.AnyNode(n => n is BoundSubquery or BoundOuterColumnRef) && SameHashDomain(a.Type, b.Type))
                {
                    outer.Add(b);
                    inner.Add(col.Ordinal - offset);
                    colls.Add(eq.Collation);
                    break;
                }
            }
        }
        outerKeys = outer.ToArray();
        innerKeys = inner.ToArray();
        collations = colls.ToArray();
        return outer.Count > 0;
    }

    private static bool SameHashDomain(Core.Values.ColumnType a, Core.Values.ColumnType b) =>
        (a.IsInteger && b.IsInteger && a.Unsigned == b.Unsigned)
        || (a.IsString && b.IsString && a.EffectiveCollation == b.EffectiveCollation)
        || (a.Kind == b.Kind && a.Kind is Core.Values.SqlTypeKind.Date or Core.Values.SqlTypeKind.DateTime);

    public static void Split(BoundExpression? e, List<BoundExpression> into)
    {
        if (e is null)
        {
            return;
        }
        if (e is BoundLogical { Operator: LogicalOperator.And } and)
        {
            Split(and.Left, into);
            Split(and.Right, into);
            return;
        }
        into.Add(e);
    }

    private static bool UsesColumns(AccessPath path)
    {
        bool Uses(BoundExpression? e) => e is not null && e.AnyNode(n => n is BoundColumnRef);
        return path.Equalities.Any(Uses) || Uses(path.Low) || Uses(path.High) || (path.InList?.Any(Uses) ?? false);
    }

    private sealed record Bound(int Column, ComparisonOperator Op, BoundExpression Value);

    public static AccessPath Choose(TableDef table, int offset, IReadOnlyList<BoundExpression> conjuncts)
    {
        int width = table.Columns.Count;
        var bounds = new List<Bound>();
        var ins = new List<(int Column, BoundExpression[] Values)>();
        bool IsOwnColumn(BoundExpression e, out int column)
        {
            column = -1;
            if (e is BoundColumnRef c && c.Ordinal >= offset && c.Ordinal < offset + width)
            {
                column = c.Ordinal - offset;
                return true;
            }
            return false;
        }
        bool IsUsableValue(BoundExpression e) => !e.AnyNode(n => (n is BoundColumnRef c && c.Ordinal >= offset) || n is BoundSubquery || n is BoundAssignUserVariable
            || (n is BoundFunctionCall f && (f.Function.Flags & Builtins.FunctionFlags.Volatile) != 0 && f.Function.Name is "RAND" or "UUID"));
        foreach (var c in conjuncts)
        {
            switch (c)
            {
                case BoundComparison cmp when cmp.Operator is not (ComparisonOperator.NotEqual or ComparisonOperator.NullSafeEqual):
                    if (IsOwnColumn(cmp.Left, out int lc) && IsUsableValue(cmp.Right))
                    {
                        bounds.Add(new Bound(lc, cmp.Operator, cmp.Right));
                    }
                    else if (IsOwnColumn(cmp.Right, out int rc) && IsUsableValue(cmp.Left))
                    {
                        bounds.Add(new Bound(rc, BoundComparison.Flip(cmp.Operator), cmp.Left));
                    }
                    break;
                case BoundBetween { Negated: false } b when IsOwnColumn(b.Operand, out int bc) && IsUsableValue(b.Low) && IsUsableValue(b.High):
                    bounds.Add(new Bound(bc, ComparisonOperator.GreaterOrEqual, b.Low));
                    bounds.Add(new Bound(bc, ComparisonOperator.LessOrEqual, b.High));
                    break;
                case BoundInList { Negated: false } inl when IsOwnColumn(inl.Operand, out int ic) && inl.List.All(IsUsableValue):
                    ins.Add((ic, inl.List.ToArray()));
                    break;
            }
        }
        if (bounds.Count == 0 && ins.Count == 0)
        {
            return AccessPath.FullScan;
        }
        AccessPath? best = null;
        int bestScore = 0;
        foreach (var index in table.Indexes)
        {
            if (!index.Visible && !index.IsPrimary)
            {
                continue;
            }
            var eqs = new List<BoundExpression>();
            foreach (var part in index.Parts)
            {
                if (part.PrefixLength > 0)
                {
                    break;
                }
                var eq = bounds.FirstOrDefault(b => b.Column == part.ColumnOrdinal && b.Op == ComparisonOperator.Equal);
                if (eq is null)
                {
                    break;
                }
                eqs.Add(eq.Value);
            }
            BoundExpression? low = null;
            BoundExpression? high = null;
            bool lowInc = true;
            bool highInc = true;
            BoundExpression[]? inList = null;
            if (eqs.Count < index.Parts.Count && index.Parts[eqs.Count].PrefixLength == 0 && !index.Parts[eqs.Count].Descending)
            {
                int col = index.Parts[eqs.Count].ColumnOrdinal;
                foreach (var b in bounds.Where(b => b.Column == col))
                {
                    switch (b.Op)
                    {
                        case ComparisonOperator.Greater:
                        case ComparisonOperator.GreaterOrEqual:
                            low ??= b.Value;
                            if (ReferenceEquals(low, b.Value))
                            {
                                lowInc = b.Op == ComparisonOperator.GreaterOrEqual;
                            }
                            break;
                        case ComparisonOperator.Less:
                        case ComparisonOperator.LessOrEqual:
                            high ??= b.Value;
                            if (ReferenceEquals(high, b.Value))
                            {
                                highInc = b.Op == ComparisonOperator.LessOrEqual;
                            }
                            break;
                    }
                }
                if (eqs.Count == 0 && low is null && high is null)
                {
                    var inMatch = ins.FirstOrDefault(i => i.Column == col);
                    if (inMatch.Values is not null)
                    {
                        inList = inMatch.Values;
                    }
                }
            }
            int score;
            if (index.IsUnique && eqs.Count == index.Parts.Count)
            {
                score = 1000 + (index.IsPrimary ? 1 : 0);
            }
            else
            {
                score = (eqs.Count * 10) + (low is not null ? 3 : 0) + (high is not null ? 3 : 0) + (inList is not null ? 4 : 0);
                if (score > 0 && index.IsPrimary)
                {
                    score += 1;
                }
            }
            if (score > bestScore)
            {
                bestScore = score;
                best = new AccessPath(index, eqs.ToArray(), low, lowInc, high, highInc, inList);
            }
        }
        return best ?? AccessPath.FullScan;
    }
}
