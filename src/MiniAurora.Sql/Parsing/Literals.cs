using System.Globalization;
using MiniAurora.Core.Text;
using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Lexing;

namespace MiniAurora.Sql.Parsing;

/// <summary>Turns literal tokens into <see cref="Literal"/> nodes with MySQL's typing of numbers.</summary>
internal static class Literals
{
    public static bool IsLiteralToken(Token t) => t.Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Float
        or TokenKind.String or TokenKind.HexString or TokenKind.HexNumber or TokenKind.BitString;

    public static Literal FromToken(Token t) => t.Kind switch
    {
        TokenKind.Integer => Integer(t.Text),
        TokenKind.Decimal => Decimal(t.Text),
        TokenKind.Float => new Literal(SqlValue.FromDouble(double.Parse(t.Text, CultureInfo.InvariantCulture)), LiteralKind.Float) { Text = t.Text },
        // _binary'…' holds raw bytes; the query text carries invalid UTF-8 bytes as LosslessUtf8 escapes.
        TokenKind.String when t.Charset == "binary" => new Literal(SqlValue.FromBytes(LosslessUtf8.GetBytes(t.Text)), LiteralKind.String) { Charset = t.Charset },
        TokenKind.String => new Literal(SqlValue.FromString(t.Text), LiteralKind.String) { Charset = t.Charset },
        TokenKind.HexString or TokenKind.HexNumber => new Literal(SqlValue.FromBytes(Convert.FromHexString(t.Text.Length % 2 == 0 ? t.Text : "0" + t.Text)), LiteralKind.Hex) { Charset = t.Charset },
        TokenKind.BitString => new Literal(SqlValue.FromBytes(Bits(t.Text)), LiteralKind.Bit) { Charset = t.Charset },
        _ => throw new InvalidOperationException("not a literal token: " + t.Kind),
    };

    /// <summary>Integers are BIGINT when they fit, BIGINT UNSIGNED up to 2^64-1, DECIMAL beyond (MySQL "Numeric Literals").</summary>
    public static Literal Integer(string text)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var l))
        {
            return new Literal(SqlValue.FromInt(l), LiteralKind.Integer);
        }
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var u))
        {
            return new Literal(SqlValue.FromUInt(u), LiteralKind.Integer);
        }
        return Decimal(text);
    }

    /// <summary>Exact decimal; <see cref="Literal.Text"/> keeps all digits when System.Decimal cannot.</summary>
    public static Literal Decimal(string text)
    {
        var value = decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
            ? SqlValue.FromDecimal(d)
            : SqlValue.FromDouble(double.Parse(text, CultureInfo.InvariantCulture));
        return new Literal(value, LiteralKind.Decimal) { Text = text };
    }

    /// <summary>Folds unary minus into a numeric literal (so DEFAULT -1 and LIMIT stay literals).</summary>
    public static Literal? Negate(Literal literal)
    {
        switch (literal.Kind)
        {
            case LiteralKind.Integer when literal.Value.Kind == SqlValueKind.Int && literal.Value.AsInt != long.MinValue:
                return literal with { Value = SqlValue.FromInt(-literal.Value.AsInt) };
            case LiteralKind.Integer when literal.Value.Kind == SqlValueKind.UInt && literal.Value.AsUInt == 9223372036854775808UL:
                return literal with { Value = SqlValue.FromInt(long.MinValue) };
            case LiteralKind.Decimal when literal.Text is { } text && !text.StartsWith('-'):
                return Decimal("-" + text);
            case LiteralKind.Float when literal.Text is { } text && !text.StartsWith('-'):
                return literal with { Value = SqlValue.FromDouble(-literal.Value.AsDouble), Text = "-" + text };
            default:
                return null;
        }
    }

    private static byte[] Bits(string bits)
    {
        var byteCount = Math.Max(1, (bits.Length + 7) / 8);
        var bytes = new byte[byteCount];
        var bit = 0;
        for (var i = bits.Length - 1; i >= 0; i--, bit++)
        {
            if (bits[i] == '1')
            {
                bytes[byteCount - 1 - (bit / 8)] |= (byte)(1 << (bit % 8));
            }
        }
        return bytes;
    }
}
