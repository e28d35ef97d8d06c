using System.Text.Json.Nodes;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;
using static MiniAurora.Engine.Builtins.FunctionRegistry;

namespace MiniAurora.Engine.Builtins;

/// <summary>JSON builtins: JSON_EXTRACT (and -> / ->>), JSON_OBJECT, JSON_ARRAY, JSON_LENGTH, JSON_TYPE, JSON_KEYS.</summary>
internal static class JsonFunctions
{
    private static readonly ColumnType s_json = ColumnType.Json;

    /// <summary>A SQL value as a JSON node: strings stay strings, JSON text (or JSON-typed values) is parsed.</summary>
    internal static JsonNode? ToNode(in SqlValue v, bool parseStrings, string function, int argument) => v.Kind switch
    {
        SqlValueKind.Null => null,
        SqlValueKind.Json => JsonText.Parse(v.AsJson, function, argument),
        SqlValueKind.Int => JsonValue.Create(v.AsInt),
        SqlValueKind.UInt => JsonValue.Create(v.AsUInt),
        SqlValueKind.Double => JsonValue.Create(v.AsDouble),
        SqlValueKind.Decimal => JsonValue.Create(v.AsDecimal),
        _ => parseStrings ? JsonText.Parse(ValueConversion.ToText(v), function, argument) : JsonValue.Create(ValueConversion.ToText(v)),
    };

    private static JsonNode? Document(EvaluationContext ctx, BoundExpression[] a, string function, out bool isNull)
    {
        var v = a[0].Evaluate(ctx);
        isNull = v.IsNull;
        return isNull ? null : ToNode(v, true, function, 1);
    }

    public static IEnumerable<FunctionDefinition> All()
    {
        yield return new("JSON_EXTRACT", 2, int.MaxValue, Fixed(s_json), (ctx, a) =>
        {
            var doc = Document(ctx, a, "json_extract", out bool isNull);
            if (isNull)
            {
                return SqlValue.Null;
            }
            var found = new List<JsonNode?>();
            for (int i = 1; i < a.Length; i++)
            {
                var p = a[i].Evaluate(ctx);
                if (p.IsNull)
                {
                    return SqlValue.Null;
                }
                if (JsonText.TryExtract(doc, ValueConversion.ToText(p), out var node))
                {
                    found.Add(node);
                }
            }
            if (found.Count == 0)
            {
                return SqlValue.Null;
            }
            if (a.Length == 2)
            {
                return SqlValue.FromJson(JsonText.Print(found[0]));
            }
            return SqlValue.FromJson(JsonText.Print(new JsonArray(found.Select(n => n?.DeepClone()).ToArray())));
        });
        yield return new("JSON_OBJECT", 0, int.MaxValue, Fixed(s_json), (ctx, a) =>
        {
            if (a.Length % 2 != 0)
            {
                throw Core.Errors.MySqlErrors.WrongParamcountToNativeFct("JSON_OBJECT");
            }
            var obj = new JsonObject();
            for (int i = 0; i < a.Length; i += 2)
            {
                var k = a[i].Evaluate(ctx);
                if (k.IsNull)
                {
                    throw Core.Errors.MySqlErrors.JsonDocumentNullKey();
                }
                obj[ValueConversion.ToText(k)] = ToNode(a[i + 1].Evaluate(ctx), a[i + 1].Type.Kind == SqlTypeKind.Json, "json_object", i + 2);
            }
            return SqlValue.FromJson(JsonText.Print(obj));
        }, FunctionFlags.NotNull);
        yield return new("JSON_ARRAY", 0, int.MaxValue, Fixed(s_json), (ctx, a) =>
        {
            var arr = new JsonArray();
            for (int i = 0; i < a.Length; i++)
            {
                arr.Add(ToNode(a[i].Evaluate(ctx), a[i].Type.Kind == SqlTypeKind.Json, "json_array", i + 1));
            }
            return SqlValue.FromJson(JsonText.Print(arr));
        }, FunctionFlags.NotNull);
        yield return new("JSON_LENGTH", 1, 2, Fixed(new ColumnType(SqlTypeKind.BigInt, Length: 10)), (ctx, a) =>
        {
            var doc = Document(ctx, a, "json_length", out bool isNull);
            if (isNull)
            {
                return SqlValue.Null;
            }
            if (a.Length == 2 && !JsonText.TryExtract(doc, ValueConversion.ToText(a[1].Evaluate(ctx)), out doc))
            {
                return SqlValue.Null;
            }
            return SqlValue.FromInt(doc switch { JsonObject o => o.Count, JsonArray r => r.Count, _ => 1 });
        });
        yield return new("JSON_TYPE", 1, 1, Fixed(ColumnType.VarChar(16)), (ctx, a) =>
        {
            var doc = Document(ctx, a, "json_type", out bool isNull);
            if (isNull)
            {
                return SqlValue.Null;
            }
            string type = doc switch
            {
                null => "NULL",
                JsonObject => "OBJECT",
                JsonArray => "ARRAY",
                _ => doc.GetValueKind() switch
                {
                    System.Text.Json.JsonValueKind.String => "STRING",
                    System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "BOOLEAN",
                    System.Text.Json.JsonValueKind.Null => "NULL",
                    _ => doc.ToJsonString().Contains('.', StringComparison.Ordinal) || doc.ToJsonString().Contains('e', StringComparison.OrdinalIgnoreCase) ? "DOUBLE" : "INTEGER",
                },
            };
            return SqlValue.FromString(type);
        });
        yield return new("JSON_KEYS", 1, 2, Fixed(s_json), (ctx, a) =>
        {
            var doc = Document(ctx, a, "json_keys", out bool isNull);
            if (isNull)
            {
                return SqlValue.Null;
            }
            if (a.Length == 2 && !JsonText.TryExtract(doc, ValueConversion.ToText(a[1].Evaluate(ctx)), out doc))
            {
                return SqlValue.Null;
            }
            if (doc is not JsonObject obj)
            {
                return SqlValue.Null;
            }
            return SqlValue.FromJson(JsonText.Print(new JsonArray(obj.Select(p => (JsonNode?)JsonValue.Create(p.Key)).ToArray())));
        });
    }
}
