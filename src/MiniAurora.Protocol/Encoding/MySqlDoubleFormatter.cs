using System.Globalization;

namespace MiniAurora.Protocol.Encoding;

/// <summary>
/// Formats DOUBLE and FLOAT values as mysqld prints them: the shortest digits that round-trip
/// (as .NET's "R" gives), laid out in fixed notation unless the decimal exponent is below -4 or
/// above 15, where MySQL switches to its exponent form without '+' or leading zeros
/// ("1e15", "1.2345678901234568e17", "1e-5", "100000000000000").
/// </summary>
public static class MySqlDoubleFormatter
{
    public const int MaxLength = 32;

    public static int Format(double value, bool singlePrecision, Span<byte> destination)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return WriteAscii(double.IsNaN(value) ? "nan" : value > 0 ? "inf" : "-inf", destination);
        }
        if (value == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }
        Span<char> text = stackalloc char[40];
        bool ok = singlePrecision
            ? ((float)value).TryFormat(text, out int length, "R", CultureInfo.InvariantCulture)
            : value.TryFormat(text, out length, "R", CultureInfo.InvariantCulture);
        if (!ok)
        {
            return WriteAscii("0", destination);
        }
        text = text[..length];

        // Decompose "[-]d[.ddd][E±x]" into significant digits and the position of the decimal point.
        Span<byte> digits = stackalloc byte[32];
        int digitCount = 0;
        int pointPosition = -1;
        int exponent = 0;
        bool negative = false;
        int i = 0;
        if (text[0] == '-')
        {
            negative = true;
            i = 1;
        }
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                pointPosition = digitCount;
            }
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(text[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits[digitCount++] = (byte)c;
            }
        }
        if (pointPosition < 0)
        {
            pointPosition = digitCount;
        }
        int leadingZeros = 0;
        while (leadingZeros < digitCount - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }
        var significant = digits[leadingZeros..digitCount];
        int decpt = pointPosition - leadingZeros + exponent;
        int trimmed = significant.Length;
        while (trimmed > 1 && significant[trimmed - 1] == '0')
        {
            trimmed--;
        }
        significant = significant[..trimmed];

        int pos = 0;
        if (negative)
        {
            destination[pos++] = (byte)'-';
        }
        if (decpt < -3 || decpt > 15)
        {
            destination[pos++] = significant[0];
            if (significant.Length > 1)
            {
                destination[pos++] = (byte)'.';
                significant[1..].CopyTo(destination[pos..]);
                pos += significant.Length - 1;
            }
            destination[pos++] = (byte)'e';
            int exp = decpt - 1;
            exp.TryFormat(destination[pos..], out int written, default, CultureInfo.InvariantCulture);
            return pos + written;
        }
        if (decpt <= 0)
        {
            destination[pos++] = (byte)'0';
            destination[pos++] = (byte)'.';
            for (int z = 0; z < -decpt; z++)
            {
                destination[pos++] = (byte)'0';
            }
            significant.CopyTo(destination[pos..]);
            return pos + significant.Length;
        }
        if (decpt >= significant.Length)
        {
            significant.CopyTo(destination[pos..]);
            pos += significant.Length;
            for (int z = significant.Length; z < decpt; z++)
            {
                destination[pos++] = (byte)'0';
            }
            return pos;
        }
        significant[..decpt].CopyTo(destination[pos..]);
        pos += decpt;
        destination[pos++] = (byte)'.';
        significant[decpt..].CopyTo(destination[pos..]);
        return pos + significant.Length - decpt;
    }

    private static int WriteAscii(string text, Span<byte> destination)
    {
        for (int i = 0; i < text.Length; i++)
        {
            destination[i] = (byte)text[i];
        }
        return text.Length;
    }
}
