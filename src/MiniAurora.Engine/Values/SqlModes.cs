using System.Text;

namespace MiniAurora.Engine.Values;

/// <summary>Parses and formats sql_mode strings the way MySQL 8 does (combination modes expand).</summary>
internal static class SqlModes
{
    private static readonly (string Name, SqlMode Mode)[] s_names =
    [
        ("REAL_AS_FLOAT", SqlMode.RealAsFloat),
        ("PIPES_AS_CONCAT", SqlMode.PipesAsConcat),
        ("ANSI_QUOTES", SqlMode.AnsiQuotes),
        ("IGNORE_SPACE", SqlMode.IgnoreSpace),
        ("ONLY_FULL_GROUP_BY", SqlMode.OnlyFullGroupBy),
        ("NO_UNSIGNED_SUBTRACTION", SqlMode.NoUnsignedSubtraction),
        ("NO_DIR_IN_CREATE", SqlMode.NoDirInCreate),
        ("ANSI", SqlMode.Ansi),
        ("NO_AUTO_VALUE_ON_ZERO", SqlMode.NoAutoValueOnZero),
        ("NO_BACKSLASH_ESCAPES", SqlMode.NoBackslashEscapes),
        ("STRICT_TRANS_TABLES", SqlMode.StrictTransTables),
        ("STRICT_ALL_TABLES", SqlMode.StrictAllTables),
        ("NO_ZERO_IN_DATE", SqlMode.NoZeroInDate),
        ("NO_ZERO_DATE", SqlMode.NoZeroDate),
        ("ALLOW_INVALID_DATES", SqlMode.AllowInvalidDates),
        ("ERROR_FOR_DIVISION_BY_ZERO", SqlMode.ErrorForDivisionByZero),
        ("TRADITIONAL", SqlMode.Traditional),
        ("HIGH_NOT_PRECEDENCE", SqlMode.HighNotPrecedence),
        ("NO_ENGINE_SUBSTITUTION", SqlMode.NoEngineSubstitution),
        ("PAD_CHAR_TO_FULL_LENGTH", SqlMode.PadCharToFullLength),
        ("TIME_TRUNCATE_FRACTIONAL", SqlMode.TimeTruncateFractional),
    ];

    public const string Default = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    /// <summary>Parses a comma-separated list; returns false with the bad word on an unknown mode.</summary>
    public static bool TryParse(string text, out SqlMode mode, out string? bad)
    {
        mode = SqlMode.None;
        bad = null;
        foreach (var raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var word = raw.ToUpperInvariant();
            switch (word)
            {
                case "ANSI":
                    mode |= SqlMode.Ansi | SqlMode.RealAsFloat | SqlMode.PipesAsConcat | SqlMode.AnsiQuotes | SqlMode.IgnoreSpace | SqlMode.OnlyFullGroupBy;
                    continue;
                case "TRADITIONAL":
                    mode |= SqlMode.Traditional | SqlMode.StrictTransTables | SqlMode.StrictAllTables | SqlMode.NoZeroInDate | SqlMode.NoZeroDate
                        | SqlMode.ErrorForDivisionByZero | SqlMode.NoEngineSubstitution;
                    continue;
            }
            bool found = false;
            foreach (var (name, m) in s_names)
            {
                if (name == word)
                {
                    mode |= m;
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                bad = raw;
                return false;
            }
        }
        return true;
    }

    public static string Format(SqlMode mode)
    {
        var sb = new StringBuilder();
        foreach (var (name, m) in s_names)
        {
            if ((mode & m) != 0)
            {
                if (sb.Length > 0)
                {
                    sb.Append(',');
                }
                sb.Append(name);
            }
        }
        return sb.ToString();
    }

    public static bool IsStrict(SqlMode mode) => (mode & (SqlMode.StrictTransTables | SqlMode.StrictAllTables)) != 0;
}
