using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MiniAurora.Conformance.SqlLogicTest;

/// <summary>
/// Renders result values the way sqllogictest expects them: 'I' as a truncated integer, 'R' as %.3f,
/// 'T' as text with "(empty)" for '' and '@' for bytes outside 0x20..0x7E; NULL as "NULL".
/// </summary>
internal static class SltValueFormatter
{
    public static string Render(object? value, char type)
    {
        if (value is null or DBNull)
        {
            return "NULL";
        }
        switch (type)
        {
            case 'I':
                return ToDouble(value) is double d ? Math.Truncate(d).ToString("0", CultureInfo.InvariantCulture) : "0";
            case 'R':
                return (ToDouble(value) ?? 0).ToString("0.000", CultureInfo.InvariantCulture);
            default:
                var text = value switch
                {
                    string s => s,
                    byte[] b => Encoding.UTF8.GetString(b),
                    double dbl => dbl.ToString("R", CultureInfo.InvariantCulture),
                    float f => f.ToString("R", CultureInfo.InvariantCulture),
                    IFormattable fmt => fmt.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString() ?? "",
                };
                if (text.Length == 0)
                {
                    return "(empty)";
                }
                var sb = new StringBuilder(text.Length);
                foreach (var c in text)
                {
                    sb.Append(c is < ' ' or > '~' ? '@' : c);
                }
                return sb.ToString();
        }
    }

    private static double? ToDouble(object value) => value switch
    {
        long l => l,
        int i => i,
        ulong u => u,
        uint ui => ui,
        short s => s,
        ushort us => us,
        sbyte sb => sb,
        byte b => b,
        decimal m => (double)m,
        double d => d,
        float f => f,
        bool flag => flag ? 1 : 0,
        string s => LeadingNumber(s),
        byte[] bytes => LeadingNumber(Encoding.UTF8.GetString(bytes)),
        _ => null,
    };

    /// <summary>MySQL-style string→number: the longest numeric prefix, 0 when there is none.</summary>
    private static double LeadingNumber(string s)
    {
        s = s.TrimStart();
        int end = 0;
        while (end < s.Length && (char.IsDigit(s[end]) || s[end] is '.' or '-' or '+' or 'e' or 'E'))
        {
            end++;
        }
        for (; end > 0; end--)
        {
            if (double.TryParse(s.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                return d;
            }
        }
        return 0;
    }

    public static string Hash(IEnumerable<string> values)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        foreach (var v in values)
        {
            md5.AppendData(Encoding.UTF8.GetBytes(v));
            md5.AppendData("\n"u8);
        }
        return Convert.ToHexStringLower(md5.GetHashAndReset());
    }
}
