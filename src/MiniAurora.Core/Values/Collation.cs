using System.Globalization;

namespace MiniAurora.Core.Values;

/// <summary>
/// A character set and collation pair with MySQL's numeric id (the id the protocol sends).
/// Comparison of strings goes through <see cref="Compare(string, string)"/>; the default
/// collation is utf8mb4_0900_ai_ci (case- and accent-insensitive, no PAD SPACE), the
/// *_bin and binary collations compare exactly.
/// </summary>
public sealed class Collation
{
    private static readonly CompareInfo s_invariant = CultureInfo.InvariantCulture.CompareInfo;
    private readonly CompareOptions _options;
    private readonly bool _ordinal;

    private Collation(int id, string name, string charset, int maxBytesPerChar, bool ordinal, CompareOptions options, bool padSpace, bool isDefault)
    {
        Id = id;
        Name = name;
        Charset = charset;
        MaxBytesPerChar = maxBytesPerChar;
        _ordinal = ordinal;
        _options = options;
        PadSpace = padSpace;
        IsDefaultForCharset = isDefault;
    }

    public int Id { get; }

    public string Name { get; }

    public string Charset { get; }

    public int MaxBytesPerChar { get; }

    /// <summary>PAD SPACE collations ignore trailing spaces when comparing (all but the 0900 ones and binary).</summary>
    public bool PadSpace { get; }

    public bool IsDefaultForCharset { get; }

    public bool IsBinary => Id == 63;

    public bool IsCaseSensitive => _ordinal;

    private const CompareOptions AiCi = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth;

    public static readonly Collation Binary = new(63, "binary", "binary", 1, true, CompareOptions.Ordinal, false, true);
    public static readonly Collation Utf8mb4_0900_ai_ci = new(255, "utf8mb4_0900_ai_ci", "utf8mb4", 4, false, AiCi, false, true);
    public static readonly Collation Utf8mb4_0900_as_cs = new(278, "utf8mb4_0900_as_cs", "utf8mb4", 4, true, CompareOptions.None, false, false);
    public static readonly Collation Utf8mb4_0900_bin = new(309, "utf8mb4_0900_bin", "utf8mb4", 4, true, CompareOptions.Ordinal, false, false);
    public static readonly Collation Utf8mb4_general_ci = new(45, "utf8mb4_general_ci", "utf8mb4", 4, false, AiCi, true, false);
    public static readonly Collation Utf8mb4_bin = new(46, "utf8mb4_bin", "utf8mb4", 4, true, CompareOptions.Ordinal, true, false);
    public static readonly Collation Utf8mb4_unicode_ci = new(224, "utf8mb4_unicode_ci", "utf8mb4", 4, false, AiCi, true, false);
    public static readonly Collation Utf8mb3_general_ci = new(33, "utf8mb3_general_ci", "utf8mb3", 3, false, AiCi, true, true);
    public static readonly Collation Utf8mb3_bin = new(83, "utf8mb3_bin", "utf8mb3", 3, true, CompareOptions.Ordinal, true, false);
    public static readonly Collation Latin1_swedish_ci = new(8, "latin1_swedish_ci", "latin1", 1, false, AiCi, true, true);
    public static readonly Collation Latin1_bin = new(47, "latin1_bin", "latin1", 1, true, CompareOptions.Ordinal, true, false);
    public static readonly Collation Ascii_general_ci = new(11, "ascii_general_ci", "ascii", 1, false, AiCi, true, true);

    public static Collation Default => Utf8mb4_0900_ai_ci;

    public static IReadOnlyList<Collation> All { get; } =
    [
        Binary, Utf8mb4_0900_ai_ci, Utf8mb4_0900_as_cs, Utf8mb4_0900_bin, Utf8mb4_general_ci, Utf8mb4_bin, Utf8mb4_unicode_ci,
        Utf8mb3_general_ci, Utf8mb3_bin, Latin1_swedish_ci, Latin1_bin, Ascii_general_ci,
    ];

    public static bool TryGetByName(string name, out Collation collation)
    {
        var lookup = name.ToLowerInvariant() switch
        {
            "utf8_general_ci" => "utf8mb3_general_ci",
            "utf8_bin" => "utf8mb3_bin",
            var n => n,
        };
        collation = All.FirstOrDefault(c => c.Name == lookup)!;
        return collation is not null;
    }

    public static bool TryGetById(int id, out Collation collation)
    {
        collation = All.FirstOrDefault(c => c.Id == id)!;
        return collation is not null;
    }

    /// <summary>The default collation of a character set name ('utf8' means utf8mb3, as in MySQL 8).</summary>
    public static bool TryGetDefaultForCharset(string charset, out Collation collation)
    {
        var name = charset.ToLowerInvariant() switch
        {
            "utf8" => "utf8mb3",
            var n => n,
        };
        collation = All.FirstOrDefault(c => c.Charset == name && c.IsDefaultForCharset)!;
        return collation is not null;
    }

    public int Compare(string left, string right)
    {
        if (PadSpace)
        {
            left = left.TrimEnd(' ');
            right = right.TrimEnd(' ');
        }
        return _ordinal ? string.CompareOrdinal(left, right) : s_invariant.Compare(left, right, _options);
    }

    public bool Equal(string left, string right) => Compare(left, right) == 0;

    /// <summary>A hash consistent with <see cref="Compare"/>, for hash joins, GROUP BY and unique indexes.</summary>
    public int GetHashCode(string value)
    {
        if (PadSpace)
        {
            value = value.TrimEnd(' ');
        }
        return _ordinal ? string.GetHashCode(value, StringComparison.Ordinal) : s_invariant.GetHashCode(value, _options);
    }

    public override string ToString() => Name;
}
