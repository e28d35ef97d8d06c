using System.Text.Json;

namespace MiniAurora.Lambda.Emulator;

/// <summary>
/// A handler folder: <c>&lt;functions&gt;/&lt;Name&gt;/</c> with an optional <c>function.json</c>
/// (<c>{"runtime":"python3"|"nodejs","handler":"file.function","timeout":3,"concurrency":2}</c>). Without it, a
/// <c>*.py</c> file means Python with handler <c>&lt;file&gt;.handler</c>, an <c>index.js/.mjs/.cjs</c> means Node
/// with <c>index.handler</c>.
/// </summary>
internal sealed record FunctionDefinition(string Name, string Directory, string Runtime, string Handler, TimeSpan Timeout, int Concurrency)
{
    public static IEnumerable<FunctionDefinition> Scan(string root, TimeSpan defaultTimeout, int defaultConcurrency)
    {
        if (!System.IO.Directory.Exists(root))
        {
            yield break;
        }
        foreach (string dir in System.IO.Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            if (TryLoad(dir, defaultTimeout, defaultConcurrency) is { } def)
            {
                yield return def;
            }
        }
    }

    public static FunctionDefinition? TryLoad(string dir, TimeSpan defaultTimeout, int defaultConcurrency)
    {
        string name = Path.GetFileName(dir);
        string? runtime = null, handler = null;
        var timeout = defaultTimeout;
        int concurrency = defaultConcurrency;
        string config = Path.Combine(dir, "function.json");
        if (File.Exists(config))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(config));
            var r = doc.RootElement;
            runtime = r.TryGetProperty("runtime", out var v) ? v.GetString() : null;
            handler = r.TryGetProperty("handler", out v) ? v.GetString() : null;
            if (r.TryGetProperty("timeout", out v) && v.TryGetDouble(out double t))
            {
                timeout = TimeSpan.FromSeconds(t);
            }
            if (r.TryGetProperty("concurrency", out v) && v.TryGetInt32(out int c))
            {
                concurrency = Math.Max(1, c);
            }
        }
        var py = System.IO.Directory.GetFiles(dir, "*.py").Order(StringComparer.Ordinal).ToList();
        bool node = new[] { "index.js", "index.mjs", "index.cjs" }.Any(f => File.Exists(Path.Combine(dir, f)));
        runtime ??= py.Count > 0 ? "python3" : node ? "nodejs" : null;
        if (runtime is null)
        {
            return null;
        }
        runtime = runtime.StartsWith("python", StringComparison.OrdinalIgnoreCase) ? "python3" : "nodejs";
        handler ??= runtime == "python3"
            ? (py.Any(p => Path.GetFileName(p) == "lambda_function.py") ? "lambda_function" : Path.GetFileNameWithoutExtension(py[0])) + ".handler"
            : "index.handler";
        return new FunctionDefinition(name, dir, runtime, handler, timeout, concurrency);
    }
}
