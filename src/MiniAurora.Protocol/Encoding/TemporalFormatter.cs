using MiniAurora.Core.Values;

namespace MiniAurora.Protocol.Encoding;

/// <summary>Writes DATE, DATETIME and TIME values as ASCII straight into a byte span (no strings).</summary>
public static class TemporalFormatter
{
    public const int MaxLength = 32;

    public static int FormatDate(MySqlDateTime value, Span<byte> destination)
    {
        WriteDigits(destination, value.Year, 4);
        destination[4] = (byte)'-';
        WriteDigits(destination[5..], value.Month, 2);
        destination[7] = (byte)'-';
        WriteDigits(destination[8..], value.Day, 2);
        return 10;
    }

    public static int FormatDateTime(MySqlDateTime value, int fsp, Span<byte> destination)
    {
        int pos = FormatDate(value, destination);
        destination[pos++] = (byte)' ';
        pos += FormatClock(value.Hour, value.Minute, value.Second, destination[pos..]);
        return pos + FormatFraction(value.Microsecond, fsp, destination[pos..]);
    }

    public static int FormatTime(long microseconds, int fsp, Span<byte> destination)
    {
        int pos = 0;
        if (microseconds < 0)
        {
            destination[pos++] = (byte)'-';
        }
        ulong abs = microseconds < 0 ? (ulong)(-microseconds) : (ulong)microseconds;
        ulong totalSeconds = abs / 1_000_000;
        int micro = (int)(abs % 1_000_000);
        int hours = (int)Math.Min(totalSeconds / 3600, 9999);
        if (hours >= 100)
        {
            pos += WriteDigits(destination[pos..], hours, hours >= 1000 ? 4 : 3);
        }
        else
        {
            pos += WriteDigits(destination[pos..], hours, 2);
        }
        destination[pos++] = (byte)':';
        pos += WriteDigits(destination[pos..], (int)(totalSeconds / 60 % 60), 2);
        destination[pos++] = (byte)':';
        pos += WriteDigits(destination[pos..], (int)(totalSeconds % 60), 2);
        return pos + FormatFraction(micro, fsp, destination[pos..]);
    }

    private static int FormatClock(int hour, int minute, int second, Span<byte> destination)
    {
        WriteDigits(destination, hour, 2);
        destination[2] = (byte)':';
        WriteDigits(destination[3..], minute, 2);
        destination[5] = (byte)':';
        WriteDigits(destination[6..], second, 2);
        return 8;
    }

    private static int FormatFraction(int microsecond, int fsp, Span<byte> destination)
    {
        if (fsp <= 0)
        {
            return 0;
        }
        fsp = Math.Min(fsp, 6);
        Span<byte> six = stackalloc byte[6];
        WriteDigits(six, microsecond, 6);
        destination[0] = (byte)'.';
        six[..fsp].CopyTo(destination[1..]);
        return fsp + 1;
    }

    private static int WriteDigits(Span<byte> destination, int value, int width)
    {
        for (int i = width - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
        return width;
    }
}
