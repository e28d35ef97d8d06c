using System.Text.RegularExpressions;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;
using static MiniAurora.Engine.Builtins.FunctionRegistry;

namespace MiniAurora.Engine.Builtins;

/// <summary>REGEXP_LIKE/REPLACE/SUBSTR, CHAR(), and the first JSON functions.</summary>
internal static class MiscFunctions
{
    private static RegexOptions Options(ColumnType a, ColumnType b) =>
        TypeRules_CaseInsensitive(a, b) ? RegexOptions.IgnoreCase | RegexOptions.CultureInvariant : RegexOptions.CultureInvariant;

    private static bool TypeRules_CaseInsensitive(ColumnType a, ColumnType b) => !Expressions.TypeRules.ComparisonCollation(a, b).IsCaseSensitive;

    public static IEnumerable<FunctionDefinition> All()
    {
        yield return new("REGEXP_LIKE", 2, 3, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 1)), (ctx, a) =>
        {
            var s = a[0].Evaluate(ctx);
            var p = a[1].Evaluate(ctx);
            if (s.IsNull || p.IsNull)
            {
                return SqlValue.Null;
            }
            try
            {
                return SqlValue.FromBool(Regex.IsMatch(ValueConversion.ToText(s), ValueConversion.ToText(p), Options(a[0].Type, a[1].Type), TimeSpan.FromSeconds(5)));
            }
            catch (ArgumentException)
            {
                throw Core.Errors.MySqlErrors.RegexpSyntax(1, 1);
            }
        });
        yield return new("REGEXP_REPLACE", 3, 3, _ => ColumnType.LongText, (ctx, a) =>
        {
            var s = a[0].Evaluate(ctx);
            var p = a[1].Evaluate(ctx);
            var r = a[2].Evaluate(ctx);
            if (s.IsNull || p.IsNull || r.IsNull)
            {
                return SqlValue.Null;
            }
            return SqlValue.FromString(Regex.Replace(ValueConversion.ToText(s), ValueConversion.ToText(p), ValueConversion.ToText(r), Options(a[0].Type, a[1].Type), TimeSpan.FromSeconds(5)));
        });
        yield return new("REGEXP_SUBSTR", 2, 2, _ => ColumnType.LongText, (ctx, a) =>
        {
            var s = a[0].Evaluate(ctx);
            var p = a[1].Evaluate(ctx);
            if (s.IsNull || p.IsNull)
            {
                return SqlValue.Null;
            }
            var m = Regex.Match(ValueConversion.ToText(s), ValueConversion.ToText(p), Options(a[0].Type, a[1].Type), TimeSpan.FromSeconds(5));
            return m.Success ? SqlValue.FromString(m.Value) : SqlValue.Null;
        });
        yield return new("CHAR", 1, int.MaxValue, a => new ColumnType(SqlTypeKind.VarBinary, Length: a.Length * 4, Collation: Collation.Binary), (ctx, a) =>
        {
            var bytes = new List<byte>();
            foreach (var e in a)
            {
                var v = e.Evaluate(ctx);
                if (v.IsNull)
                {
                    continue;
                }
                ulong n = ValueConversion.ToUInt64(v, ctx);
                var part = new List<byte>();
                do
                {
                    part.Insert(0, (byte)(n & 0xFF));
                    n >>= 8;
                }
                while (n > 0);
                bytes.AddRange(part);
            }
            return SqlValue.FromBytes(bytes.ToArray());
        }, FunctionFlags.NotNull);
        yield return new("JSON_VALID", 1, 1, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 1)), (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            if (v.IsNull)
            {
                return v;
            }
            try
            {
                using var doc = System.Text.Json.JsonDocument.Parse(ValueConversion.ToText(v));
                return SqlValue.True;
            }
            catch (System.Text.Json.JsonException)
            {
                return SqlValue.False;
            }
        });
        yield return new("JSON_QUOTE", 1, 1, _ => ColumnType.LongText, (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            return v.IsNull ? v : SqlValue.FromString(System.Text.Json.JsonSerializer.Serialize(ValueConversion.ToText(v)));
        });
        yield return new("JSON_UNQUOTE", 1, 1, _ => ColumnType.LongText, (ctx, a) =>
        {
            var v = a[0].Evaluate(ctx);
            if (v.IsNull)
            {
                return v;
            }
            var s = ValueConversion.ToText(v);
            if (s.Length >= 2 && s[0] == '"' && s[^1] == '"')
            {
                try
                {
                    return SqlValue.FromString(System.Text.Json.JsonSerializer.Deserialize<string>(s));
                }
                catch (System.Text.Json.JsonException)
                {
                }
            }
            return SqlValue.FromString(s);
        });
    }
}
