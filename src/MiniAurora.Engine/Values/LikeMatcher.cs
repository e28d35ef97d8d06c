using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Values;

/// <summary>SQL LIKE matching; characters compare under the collation (so 'A' LIKE 'a' under *_ci).</summary>
internal static class LikeMatcher
{
    public static bool Matches(string text, string pattern, char escape, Collation collation)
    {
        bool ci = !collation.IsCaseSensitive;
        return Match(text.AsSpan(), pattern.AsSpan(), escape, ci, collation);
    }

    private static bool Match(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern, char escape, bool ci, Collation collation)
    {
        int t = 0;
        int p = 0;
        int starP = -1;
        int starT = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length)
            {
                char pc = pattern[p];
                if (pc == '%')
                {
                    starP = ++p;
                    starT = t;
                    continue;
                }
                if (pc == '_')
                {
                    p++;
                    t++;
                    continue;
                }
                if (pc == escape && escape != '\0' && p + 1 < pattern.Length)
                {
                    pc = pattern[p + 1];
                    if (CharEquals(text[t], pc, ci, collation))
                    {
                        p += 2;
                        t++;
                        continue;
                    }
                }
                else if (CharEquals(text[t], pc, ci, collation))
                {
                    p++;
                    t++;
                    continue;
                }
            }
            if (starP >= 0)
            {
                p = starP;
                t = ++starT;
                continue;
            }
            return false;
        }
        while (p < pattern.Length && pattern[p] == '%')
        {
            p++;
        }
        return p == pattern.Length;
    }

    private static bool CharEquals(char a, char b, bool ci, Collation collation)
    {
        if (a == b)
        {
            return true;
        }
        if (!ci)
        {
            return false;
        }
        if (char.ToUpperInvariant(a) == char.ToUpperInvariant(b))
        {
            return true;
        }
        return a > 127 || b > 127 ? collation.Compare(a.ToString(), b.ToString()) == 0 : false;
    }
}
