namespace MiniAurora.Protocol.Tests;

/// <summary>Hex helpers for byte tables: spaces are ignored so expected bytes can be grouped by field.</summary>
internal static class Hex
{
    public static byte[] Parse(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    public static string Normalize(string hex) => hex.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>The bytes of a string as ASCII hex (for readable expectations).</summary>
    public static string Ascii(string text) => Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(text));
}
