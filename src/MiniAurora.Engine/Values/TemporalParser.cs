using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Values;

/// <summary>
/// Parses MySQL's DATE/DATETIME/TIME literals: 'YYYY-MM-DD[ hh:mm:ss[.ffffff]]' with any punctuation
/// as delimiter, 'T' between date and time, two-digit years (70–99 → 19xx), and the delimiter-free
/// 'YYYYMMDD[hhmmss]' forms.
/// </summary>
internal static class TemporalParser
{
    public static bool TryParseDateTime(ReadOnlySpan<char> text, out MySqlDateTime value, out bool hasTime)
    {
        value = default;
        hasTime = false;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }
        Span<int> parts = stackalloc int[7];
        int count = 0;
        int i = 0;
        bool allDigits = true;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                allDigits = false;
                break;
            }
        }
        if (allDigits)
        {
            return TryParseCompact(text, out value, out hasTime);
        }
        int yearDigits = 0;
        while (i < text.Length && count < 7)
        {
            int start = i;
            long n = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                n = (n * 10) + (text[i] - '0');
                if (n > 99999999)
                {
                    return false;
                }
                i++;
            }
            if (i == start)
            {
                return false;
            }
            if (count == 0)
            {
                yearDigits = i - start;
            }
            if (count == 6)
            {
                int digits = i - start;
                while (digits < 6)
                {
                    n *= 10;
                    digits++;
                }
                while (digits > 6)
                {
                    n /= 10;
                    digits--;
                }
            }
            parts[count++] = (int)n;
            if (i >= text.Length)
            {
                break;
            }
            char sep = text[i];
            if (count == 3 && (sep == ' ' || sep == 'T'))
            {
                i++;
                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }
                continue;
            }
            if (count == 6 && sep != '.')
            {
                return false;
            }
            if (char.IsAsciiDigit(sep))
            {
                return false;
            }
            i++;
        }
        if (i < text.Length || count < 3)
        {
            return false;
        }
        int year = parts[0];
        if (yearDigits <= 2)
        {
            year += year < 70 ? 2000 : 1900;
        }
        hasTime = count > 3;
        return TryBuild(year, parts[1], parts[2], parts[3], parts[4], parts[5], parts[6], out value);
    }

    private static bool TryParseCompact(ReadOnlySpan<char> text, out MySqlDateTime value, out bool hasTime)
    {
        value = default;
        hasTime = false;
        int Digits(ReadOnlySpan<char> s, int start, int len)
        {
            int n = 0;
            for (int k = start; k < start + len; k++)
            {
                n = (n * 10) + (s[k] - '0');
            }
            return n;
        }
        switch (text.Length)
        {
            case 8:
                return TryBuild(Digits(text, 0, 4), Digits(text, 4, 2), Digits(text, 6, 2), 0, 0, 0, 0, out value);
            case 6:
                {
                    int y = Digits(text, 0, 2);
                    return TryBuild(y + (y < 70 ? 2000 : 1900), Digits(text, 2, 2), Digits(text, 4, 2), 0, 0, 0, 0, out value);
                }
            case 14:
                hasTime = true;
                return TryBuild(Digits(text, 0, 4), Digits(text, 4, 2), Digits(text, 6, 2), Digits(text, 8, 2), Digits(text, 10, 2), Digits(text, 12, 2), 0, out value);
            case 12:
                {
                    hasTime = true;
                    int y = Digits(text, 0, 2);
                    return TryBuild(y + (y < 70 ? 2000 : 1900), Digits(text, 2, 2), Digits(text, 4, 2), Digits(text, 6, 2), Digits(text, 8, 2), Digits(text, 10, 2), 0, out value);
                }
            default:
                return false;
        }
    }

    public static bool TryBuild(int year, int month, int day, int hour, int minute, int second, int micro, out MySqlDateTime value)
    {
        value = default;
        if (year > 9999 || month > 12 || day > 31 || hour > 23 || minute > 59 || second > 59 || micro > 999999)
        {
            return false;
        }
        if (month > 0 && day > 0 && year > 0 && day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        value = new MySqlDateTime(year, month, day, hour, minute, second, micro);
        return true;
    }

    /// <summary>Parses '[-][D ]hh:mm[:ss[.ffffff]]', 'hhmmss' or seconds-only forms into microseconds.</summary>
    public static bool TryParseTime(ReadOnlySpan<char> text, out long microseconds)
    {
        microseconds = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }
        bool negative = false;
        if (text[0] == '-')
        {
            negative = true;
            text = text[1..];
        }
        long days = 0;
        int space = text.IndexOf(' ');
        if (space > 0)
        {
            if (!long.TryParse(text[..space], out days))
            {
                return false;
            }
            text = text[(space + 1)..];
        }
        long hours;
        long minutes = 0;
        long seconds = 0;
        long micro = 0;
        int dot = text.IndexOf('.');
        var main = dot >= 0 ? text[..dot] : text;
        if (dot >= 0)
        {
            var frac = text[(dot + 1)..];
            if (frac.Length > 6)
            {
                frac = frac[..6];
            }
            if (!long.TryParse(frac, out micro))
            {
                return false;
            }
            for (int k = frac.Length; k < 6; k++)
            {
                micro *= 10;
            }
        }
        if (main.Contains(':'))
        {
            var first = main.IndexOf(':');
            if (!long.TryParse(main[..first], out hours))
            {
                return false;
            }
            var rest = main[(first + 1)..];
            int second = rest.IndexOf(':');
            if (second >= 0)
            {
                if (!long.TryParse(rest[..second], out minutes) || !long.TryParse(rest[(second + 1)..], out seconds))
                {
                    return false;
                }
            }
            else if (!long.TryParse(rest, out minutes))
            {
                return false;
            }
        }
        else
        {
            if (!long.TryParse(main, out long compact))
            {
                return false;
            }
            hours = compact / 10000;
            minutes = compact / 100 % 100;
            seconds = compact % 100;
        }
        if (minutes > 59 || seconds > 59)
        {
            return false;
        }
        long total = ((((days * 24) + hours) * 3600) + (minutes * 60) + seconds) * 1_000_000 + micro;
        total = Math.Min(total, MySqlTime.MaxMicroseconds);
        microseconds = negative ? -total : total;
        return true;
    }
}
