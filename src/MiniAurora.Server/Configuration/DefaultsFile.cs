namespace MiniAurora.Server.Configuration;

/// <summary>
/// A my.cnf-style INI file: [sections] of `name = value` or bare `name` lines, '#' and ';' comments,
/// names with '-' and '_' treated alike (as mysqld does), values optionally quoted.
/// See https://dev.mysql.com/doc/refman/8.0/en/option-files.html
/// </summary>
internal sealed class DefaultsFile
{
    private readonly Dictionary<string, Dictionary<string, string>> _sections = new(StringComparer.OrdinalIgnoreCase);

    public static DefaultsFile Load(string path)
    {
        var file = new DefaultsFile();
        Dictionary<string, string>? current = null;
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';' || line.StartsWith("!include", StringComparison.Ordinal))
            {
                continue;
            }
            if (line[0] == '[')
            {
                int end = line.IndexOf(']', StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new FormatException($"{path}:{lineNumber}: unterminated section header");
                }
                var name = line[1..end].Trim();
                if (!file._sections.TryGetValue(name, out current))
                {
                    current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    file._sections[name] = current;
                }
                continue;
            }
            if (current is null)
            {
                throw new FormatException($"{path}:{lineNumber}: option outside of any [section]");
            }
            int eq = line.IndexOf('=', StringComparison.Ordinal);
            var key = NormalizeName(eq < 0 ? line : line[..eq]);
            var value = eq < 0 ? "" : Unquote(line[(eq + 1)..].Trim());
            current[key] = value;
        }
        return file;
    }

    public IReadOnlyDictionary<string, string> Section(string name) =>
        _sections.TryGetValue(name, out var s) ? s : new Dictionary<string, string>();

    public static string NormalizeName(string name) => name.Trim().Replace('-', '_').ToLowerInvariant();

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
        {
            return value[1..^1];
        }
        int hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? value[..hash].TrimEnd() : value;
    }
}
