using System.Globalization;

namespace MiniAurora.Core.Values;

/// <summary>Helpers for TIME values, held as signed microseconds.</summary>
public static class MySqlTime
{
    public const long MicrosPerSecond = 1_000_000;

    /// <summary>MySQL's TIME range: -838:59:59.000000 to 838:59:59.000000.</summary>
    public const long MaxMicroseconds = ((838L * 3600) + (59 * 60) + 59) * MicrosPerSecond;

    public static string Format(long microseconds, int fsp)
    {
        bool negative = microseconds < 0;
        ulong abs = negative ? (ulong)(-microseconds) : (ulong)microseconds;
        ulong totalSeconds = abs / MicrosPerSecond;
        ulong micro = abs % MicrosPerSecond;
        ulong hours = totalSeconds / 3600;
        ulong minutes = totalSeconds / 60 % 60;
        ulong seconds = totalSeconds % 60;
        var text = string.Create(CultureInfo.InvariantCulture, $"{(negative ? "-" : "")}{hours:D2}:{minutes:D2}:{seconds:D2}");
        return fsp <= 0 ? text : text + "." + micro.ToString("D6", CultureInfo.InvariantCulture)[..Math.Min(fsp, 6)];
    }
}
