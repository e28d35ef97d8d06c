using System.Collections.Frozen;
using System.Reflection;

namespace MiniAurora.Sql.Lexing;

/// <summary>
/// The keyword table, loaded once from the embedded keywords.txt (one word per line; a trailing
/// " R" marks MySQL 8.0's reserved words, which cannot be unquoted identifiers). Ids are line
/// indexes; the grammar resolves ids by name at start-up, so a typo fails every test at once.
/// </summary>
internal static class Keywords
{
    private static readonly string[] s_names;
    private static readonly bool[] s_reserved;
    private static readonly FrozenDictionary<string, int> s_ids;
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_lookup;

    static Keywords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MiniAurora.Sql.keywords.txt")
            ?? throw new InvalidOperationException("keywords.txt resource missing");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        var reserved = new List<bool>();
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!ids.TryAdd(parts[0], names.Count))
            {
                throw new InvalidOperationException("Duplicate keyword " + parts[0]);
            }
            names.Add(parts[0].ToUpperInvariant());
            reserved.Add(parts.Length > 1 && parts[1] == "R");
        }
        s_names = [.. names];
        s_reserved = [.. reserved];
        s_ids = ids.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        s_lookup = s_ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static int Count => s_names.Length;

    public static int Lookup(ReadOnlySpan<char> word) => s_lookup.TryGetValue(word, out var id) ? id : -1;

    /// <summary>Id of a keyword the grammar uses; throws when keywords.txt lacks it.</summary>
    public static int Id(string word) => s_ids.TryGetValue(word, out var id) ? id : throw new InvalidOperationException("Keyword not in keywords.txt: " + word);

    public static bool IsReserved(int id) => s_reserved[id];

    public static string Name(int id) => s_names[id];

    public static bool IsReservedWord(string word) => s_ids.TryGetValue(word, out var id) && s_reserved[id];
}
