using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MiniAurora.Core.Errors;

namespace MiniAurora.Engine.Builtins;

/// <summary>JSON parsing, MySQL's canonical printing (<c>{"a": 1, "b": [1, 2]}</c>) and simple path evaluation.</summary>
internal static class JsonText
{
    private static readonly JsonSerializerOptions s_options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonNode? Parse(string text, string function, int argument)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw MySqlErrors.InvalidJsonTextInParam(argument, function, "Invalid value.", 0);
        }
    }

    public static string Print(JsonNode? node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JsonNode? node)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject obj:
                {
                    sb.Append('{');
                    bool first = true;
                    foreach (var (key, value) in obj.OrderBy(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal))
                    {
                        if (!first)
                        {
                            sb.Append(", ");
                        }
                        first = false;
                        sb.Append(JsonSerializer.Serialize(key, s_options)).Append(": ");
                        Write(sb, value);
                    }
                    sb.Append('}');
                    break;
                }
            case JsonArray arr:
                {
                    sb.Append('[');
                    for (int i = 0; i < arr.Count; i++)
                    {
                        if (i > 0)
                        {
                            sb.Append(", ");
                        }
                        Write(sb, arr[i]);
                    }
                    sb.Append(']');
                    break;
                }
            default:
                sb.Append(node.ToJsonString(s_options));
                break;
        }
    }

    /// <summary>Evaluates a path like <c>$.a.b[0]</c> or <c>$."key with space"</c>; returns false when nothing matches.</summary>
    public static bool TryExtract(JsonNode? root, string path, out JsonNode? result)
    {
        result = null;
        path = path.Trim();
        if (!path.StartsWith('$'))
        {
            throw MySqlErrors.InvalidJsonPath("Invalid path", 0);
        }
        var current = root;
        int i = 1;
        while (i < path.Length)
        {
            char c = path[i];
            if (c == '.')
            {
                i++;
                string key;
                if (i < path.Length && path[i] == '"')
                {
                    int end = path.IndexOf('"', i + 1);
                    if (end < 0)
                    {
                        throw MySqlErrors.InvalidJsonPath("Invalid path", i);
                    }
                    key = path[(i + 1)..end];
                    i = end + 1;
                }
                else
                {
                    int start = i;
                    while (i < path.Length && path[i] != '.' && path[i] != '[')
                    {
                        i++;
                    }
                    key = path[start..i];
                }
                if (current is not JsonObject obj || !obj.TryGetPropertyValue(key, out current))
                {
                    return false;
                }
            }
            else if (c == '[')
            {
                int end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out int index))
                {
                    throw MySqlErrors.InvalidJsonPath("Invalid path", i);
                }
                i = end + 1;
                if (current is JsonArray arr)
                {
                    if (index < 0 || index >= arr.Count)
                    {
                        return false;
                    }
                    current = arr[index];
                }
                else if (index != 0)
                {
                    return false;
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                throw MySqlErrors.InvalidJsonPath("Invalid path", i);
            }
        }
        result = current;
        return true;
    }
}
