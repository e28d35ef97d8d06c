using System.Globalization;

namespace MiniAurora.Core.Values;

/// <summary>
/// A MySQL DATE/DATETIME/TIMESTAMP value packed into 64 bits, field by field, so that
/// the packed integers order the same way as the values do and zero dates ('0000-00-00')
/// are representable. Layout (most significant first): year 14 bits, month 4, day 5,
/// hour 5, minute 6, second 6, microsecond 20. This layout is persisted in the WAL: never change it.
/// </summary>
public readonly record struct MySqlDateTime(long Packed) : IComparable<MySqlDateTime>
{
    public MySqlDateTime(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int microsecond = 0)
        : this(Pack(year, month, day, hour, minute, second, microsecond))
    {
    }

    public int Year => (int)((Packed >> 46) & 0x3FFF);

    public int Month => (int)((Packed >> 42) & 0xF);

    public int Day => (int)((Packed >> 37) & 0x1F);

    public int Hour => (int)((Packed >> 32) & 0x1F);

    public int Minute => (int)((Packed >> 26) & 0x3F);

    public int Second => (int)((Packed >> 20) & 0x3F);

    public int Microsecond => (int)(Packed & 0xFFFFF);

    public bool IsZeroDate => Year == 0 && Month == 0 && Day == 0;

    public bool HasTime => (Packed & ((1L << 37) - 1)) != 0;

    public static MySqlDateTime FromDateTime(DateTime value) =>
        new(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second, (int)(value.Ticks % TimeSpan.TicksPerSecond / 10));

    /// <summary>Converts to System.DateTime; fails for zero or invalid dates.</summary>
    public bool TryToDateTime(out DateTime value)
    {
        value = default;
        if (Year < 1 || Month < 1 || Day < 1 || Day > DateTime.DaysInMonth(Year, Month))
        {
            return false;
        }
        value = new DateTime(Year, Month, Day, Hour, Minute, Second, DateTimeKind.Unspecified).AddTicks(Microsecond * 10L);
        return true;
    }

    public int CompareTo(MySqlDateTime other) => Packed.CompareTo(other.Packed);

    public string ToDateString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");

    /// <summary>Formats as 'YYYY-MM-DD hh:mm:ss[.ffffff]' with <paramref name="fsp"/> fractional digits.</summary>
    public string ToString(int fsp)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2} {Hour:D2}:{Minute:D2}:{Second:D2}");
        return fsp <= 0 ? text : text + "." + Microsecond.ToString("D6", CultureInfo.InvariantCulture)[..Math.Min(fsp, 6)];
    }

    public override string ToString() => ToString(Microsecond == 0 ? 0 : 6);

    private static long Pack(int year, int month, int day, int hour, int minute, int second, int microsecond) =>
        ((long)year << 46) | ((long)month << 42) | ((long)day << 37) | ((long)hour << 32) | ((long)minute << 26) | ((long)second << 20) | (uint)microsecond;
}
