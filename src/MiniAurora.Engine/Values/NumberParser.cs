using System.Globalization;

namespace MiniAurora.Engine.Values;

/// <summary>
/// MySQL's string-to-number rules: leading spaces skipped, the longest numeric prefix is used, and
/// anything left over (other than trailing spaces) makes the conversion "truncated" (warning 1292).
/// </summary>
internal static class NumberParser
{
    /// <summary>Parses a double prefix; <paramref name="complete"/> is false when characters were ignored.</summary>
    public static double ParseDouble(ReadOnlySpan<char> text, out bool complete)
    {
        int start = SkipSpaces(text, 0);
        int end = ScanNumber(text, start, allowFraction: true, allowExponent: true);
        complete = end > start && SkipSpaces(text, end) == text.Length;
        if (end == start)
        {
            return 0;
        }
        var number = text[start..end];
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return value;
        }
        return 0;
    }

    /// <summary>Parses an exact decimal prefix; falls back to double for exponents or huge values.</summary>
    public static decimal ParseDecimal(ReadOnlySpan<char> text, out bool complete)
    {
        int start = SkipSpaces(text, 0);
        int end = ScanNumber(text, start, allowFraction: true, allowExponent: true);
        complete = end > start && SkipSpaces(text, end) == text.Length;
        if (end == start)
        {
            return 0;
        }
        var number = text[start..end];
        if (decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
        {
            return value;
        }
        double d = double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double dv) ? dv : 0;
        return ValueConversion.ClampToDecimal(d);
    }

    /// <summary>
    /// Parses an integer prefix (CAST AS SIGNED, integer columns). Digits after a decimal point are
    /// rounded like MySQL does for string→integer column assignment when <paramref name="round"/> is set.
    /// </summary>
    public static long ParseInt64(ReadOnlySpan<char> text, out bool complete, out bool overflow, bool round = false)
    {
        overflow = false;
        int start = SkipSpaces(text, 0);
        int i = start;
        bool negative = false;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            negative = text[i] == '-';
            i++;
        }
        int digitsStart = i;
        decimal acc = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            if (acc < 1e20m)
            {
                acc = (acc * 10) + (text[i] - '0');
            }
            i++;
        }
        if (i == digitsStart)
        {
            complete = false;
            return 0;
        }
        int end = i;
        if (round && i < text.Length && text[i] == '.')
        {
            int j = i + 1;
            if (j < text.Length && char.IsAsciiDigit(text[j]) && text[j] >= '5')
            {
                acc += 1;
            }
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }
            end = j;
        }
        complete = SkipSpaces(text, end) == text.Length;
        if (negative)
        {
            acc = -acc;
        }
        if (acc > long.MaxValue)
        {
            overflow = true;
            return long.MaxValue;
        }
        if (acc < long.MinValue)
        {
            overflow = true;
            return long.MinValue;
        }
        return (long)acc;
    }

    public static ulong ParseUInt64(ReadOnlySpan<char> text, out bool complete, out bool overflow)
    {
        overflow = false;
        int start = SkipSpaces(text, 0);
        int i = start;
        if (i < text.Length && text[i] == '-')
        {
            long signed = ParseInt64(text, out complete, out overflow);
            return unchecked((ulong)signed);
        }
        if (i < text.Length && text[i] == '+')
        {
            i++;
        }
        int digitsStart = i;
        ulong acc = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            ulong digit = (ulong)(text[i] - '0');
            if (acc > (ulong.MaxValue - digit) / 10)
            {
                overflow = true;
                acc = ulong.MaxValue;
            }
            else if (!overflow)
            {
                acc = (acc * 10) + digit;
            }
            i++;
        }
        complete = i > digitsStart && SkipSpaces(text, i) == text.Length;
        return acc;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        {
            i++;
        }
        return i;
    }

    /// <summary>Returns the end of the longest prefix that is a number, or <paramref name="start"/> if none.</summary>
    private static int ScanNumber(ReadOnlySpan<char> text, int start, bool allowFraction, bool allowExponent)
    {
        int i = start;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            i++;
        }
        int digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digits++;
        }
        if (allowFraction && i < text.Length && text[i] == '.')
        {
            int j = i + 1;
            int frac = 0;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
                frac++;
            }
            if (digits + frac > 0)
            {
                i = j;
                digits += frac;
            }
        }
        if (digits == 0)
        {
            return start;
        }
        if (allowExponent && i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            int j = i + 1;
            if (j < text.Length && (text[j] == '-' || text[j] == '+'))
            {
                j++;
            }
            int expDigits = 0;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
                expDigits++;
            }
            if (expDigits > 0)
            {
                i = j;
            }
        }
        return i;
    }
}
