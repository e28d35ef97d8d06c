using MiniAurora.Core.Values;

namespace MiniAurora.Sql.Ast;

/// <summary>A type as written in CREATE TABLE, CAST, DECLARE or RETURNS.</summary>
/// <param name="Kind">The resolved SQL type (BOOL → TinyInt(1), INTEGER → Int, SERIAL → BigInt…).</param>
/// <param name="Length">Length, display width or precision; null when not written.</param>
/// <param name="Scale">Decimal scale or fractional-seconds precision; null when not written.</param>
public sealed record DataType(SqlTypeKind Kind, int? Length = null, int? Scale = null)
{
    /// <summary>The type name as MySQL prints it (lower case, e.g. "int", "varchar", "double precision" → "double").</summary>
    public string Name { get; init; } = Kind.ToString().ToLowerInvariant();

    public bool Unsigned { get; init; }

    public bool ZeroFill { get; init; }

    public string? Charset { get; init; }

    public string? Collation { get; init; }

    /// <summary>The BINARY attribute of a character type (means the charset's _bin collation).</summary>
    public bool Binary { get; init; }

    /// <summary>ENUM/SET members, unescaped.</summary>
    public SqlList<string> Members { get; init; } = SqlList<string>.Empty;

    /// <summary>For CAST targets: SIGNED/UNSIGNED [INTEGER] (Kind BigInt), CHAR, BINARY, etc.</summary>
    public bool IsCastTarget { get; init; }
}
