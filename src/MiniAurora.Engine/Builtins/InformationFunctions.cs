using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;
using static MiniAurora.Engine.Builtins.FunctionRegistry;

namespace MiniAurora.Engine.Builtins;

/// <summary>Information functions: they read the session, so they are never folded (plans are cached).</summary>
internal static class InformationFunctions
{
    private static readonly ColumnType s_userType = ColumnType.VarChar(288, Collation.Utf8mb3_general_ci);

    public static IEnumerable<FunctionDefinition> All()
    {
        const FunctionFlags volatileNotNull = FunctionFlags.Volatile | FunctionFlags.NotNull;
        yield return new("VERSION", 0, 0, Fixed(ColumnType.VarChar(96, Collation.Utf8mb3_general_ci)), (ctx, a) => SqlValue.FromString(ctx.Session.ServerVersion), volatileNotNull);
        var database = new FunctionDefinition("DATABASE", 0, 0, Fixed(ColumnType.VarChar(64, Collation.Utf8mb3_general_ci)),
            (ctx, a) => SqlValue.FromString(ctx.Session.CurrentDatabase), FunctionFlags.Volatile);
        yield return database;
        yield return Alias("SCHEMA", database);
        var user = new FunctionDefinition("USER", 0, 0, Fixed(s_userType), (ctx, a) => SqlValue.FromString(ctx.Session.User + "@" + ctx.Session.Host), volatileNotNull);
        yield return user;
        yield return Alias("SESSION_USER", user);
        yield return Alias("SYSTEM_USER", user);
        yield return Alias("CURRENT_USER", user);
        yield return new("CONNECTION_ID", 0, 0, Fixed(new ColumnType(SqlTypeKind.BigInt, Unsigned: true, Length: 10)),
            (ctx, a) => SqlValue.FromUInt(ctx.Session.ConnectionId), volatileNotNull);
        yield return new("LAST_INSERT_ID", 0, 1, Fixed(new ColumnType(SqlTypeKind.BigInt, Unsigned: true, Length: 20)), (ctx, a) =>
        {
            if (a.Length == 1)
            {
                var v = a[0].Evaluate(ctx);
                if (v.IsNull)
                {
                    return v;
                }
                ulong id = ValueConversion.ToUInt64(v, ctx);
                ctx.Session.LastInsertId = id;
                return SqlValue.FromUInt(id);
            }
            return SqlValue.FromUInt(ctx.Session.LastInsertId);
        }, FunctionFlags.Volatile);
        yield return new("ROW_COUNT", 0, 0, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 21)), (ctx, a) => SqlValue.FromInt(ctx.Session.LastRowCount), volatileNotNull);
        yield return new("FOUND_ROWS", 0, 0, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 21)), (ctx, a) => SqlValue.FromInt(ctx.Session.LastFoundRows), volatileNotNull);
        yield return new("CHARSET", 1, 1, Fixed(ColumnType.VarChar(64, Collation.Utf8mb3_general_ci)),
            (ctx, a) => SqlValue.FromString(a[0].Type.EffectiveCollation.Charset), FunctionFlags.NotNull);
        yield return new("COLLATION", 1, 1, Fixed(ColumnType.VarChar(64, Collation.Utf8mb3_general_ci)),
            (ctx, a) => SqlValue.FromString(a[0].Type.EffectiveCollation.Name), FunctionFlags.NotNull);
        yield return new("SLEEP", 1, 1, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 21)), (ctx, a) => SqlValue.FromInt(0), volatileNotNull);
        yield return new("BENCHMARK", 2, 2, Fixed(new ColumnType(SqlTypeKind.Int, Length: 1)), (ctx, a) =>
        {
            long n = ValueConversion.ToInt64(a[0].Evaluate(ctx), ctx);
            for (long i = 0; i < n; i++)
            {
                a[1].Evaluate(ctx);
            }
            return SqlValue.FromInt(0);
        }, volatileNotNull);
    }
}
