using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;
using static MiniAurora.Engine.Builtins.FunctionRegistry;

namespace MiniAurora.Engine.Builtins;

/// <summary>IF, IFNULL, NULLIF, COALESCE, ISNULL: lazy in their arguments, results in the unified type.</summary>
internal static class ControlFunctions
{
    public static IEnumerable<FunctionDefinition> All()
    {
        yield return new("IF", 3, 3, a => TypeRules.Unify([a[1].Type, a[2].Type]), (ctx, a) =>
        {
            var chosen = ValueConversion.Truth(a[0].Evaluate(ctx), ctx) == 1 ? a[1] : a[2];
            return chosen.Evaluate(ctx);
        }, FunctionFlags.CoerceToType);
        yield return new("IFNULL", 2, 2, a => TypeRules.Unify([a[0].Type, a[1].Type]), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            return v.IsNull ? a[1].Evaluate(ctx) : v;
        }, FunctionFlags.CoerceToType);
        yield return new("NULLIF", 2, 2, a => a[0].Type, (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            var w = a[1].Evaluate(ctx);
            if (v.IsNull)
            {
                return v;
            }
            if (!w.IsNull && ValueComparer.Compare(v, w, TypeRules.ComparisonCollation(a[0].Type, a[1].Type), ctx) == 0)
            {
                return SqlValue.Null;
            }
            return v;
        });
        yield return new("COALESCE", 1, int.MaxValue, a => TypeRules.Unify(a.Select(x => x.Type)), (ctx, a) =>
        {
            foreach (var e in a)
            {
                var v = e.Evaluate(ctx);
                if (!v.IsNull)
                {
                    return v;
                }
            }
            return SqlValue.Null;
        }, FunctionFlags.CoerceToType);
        yield return new("ISNULL", 1, 1, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 1)), (ctx, a) => SqlValue.FromBool(a[0].Evaluate(ctx).IsNull), FunctionFlags.NotNull);
    }
}
