using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary>
/// A literal. Integers are Int or UInt values; decimals are Decimal values with the exact source
/// digits in <see cref="Text"/> (MySQL DECIMAL has up to 65 digits, more than System.Decimal);
/// floats are Double; strings are String with an optional introducer charset; hex/bit literals are Bytes;
/// DATE/TIME/TIMESTAMP literals keep their string text for the binder to convert; TRUE/FALSE are Int 1/0.
/// </summary>
public sealed record Literal(SqlValue Value, LiteralKind Kind) : Expression
{
    /// <summary>Exact source digits for Decimal and Float literals (e.g. "1.50", "1e3").</summary>
    public string? Text { get; init; }

    /// <summary>Character set introducer (<c>_utf8mb4'x'</c>; N'x' gives "utf8mb3").</summary>
    public string? Charset { get; init; }

    public static Literal Null { get; } = new(SqlValue.Null, LiteralKind.Null);
}
