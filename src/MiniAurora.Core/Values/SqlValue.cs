using System.Globalization;

namespace MiniAurora.Core.Values;

/// <summary>
/// One SQL value. A 24-byte readonly struct: integers, doubles and temporal values live inline
/// in <c>_bits</c>; strings, byte arrays, decimals and JSON text live in <c>_ref</c>.
/// Temporal values use <see cref="MySqlDateTime"/>'s packed form so zero dates and
/// MySQL's ranges are representable (System.DateTime cannot hold '0000-00-00').
/// </summary>
public readonly struct SqlValue : IEquatable<SqlValue>
{
    private readonly object? _ref;
    private readonly long _bits;

    private SqlValue(SqlValueKind kind, long bits, object? reference)
    {
        Kind = kind;
        _bits = bits;
        _ref = reference;
    }

    public static readonly SqlValue Null;

    public static readonly SqlValue True = FromInt(1);

    public static readonly SqlValue False = FromInt(0);

    public SqlValueKind Kind { get; }

    public bool IsNull => Kind == SqlValueKind.Null;

    public static SqlValue FromInt(long value) => new(SqlValueKind.Int, value, null);

    public static SqlValue FromUInt(ulong value) => new(SqlValueKind.UInt, unchecked((long)value), null);

    public static SqlValue FromBool(bool value) => value ? True : False;

    public static SqlValue FromDouble(double value) => new(SqlValueKind.Double, BitConverter.DoubleToInt64Bits(value), null);

    public static SqlValue FromDecimal(decimal value) => new(SqlValueKind.Decimal, 0, value);

    public static SqlValue FromString(string? value) => value is null ? Null : new(SqlValueKind.String, 0, value);

    public static SqlValue FromBytes(byte[]? value) => value is null ? Null : new(SqlValueKind.Bytes, 0, value);

    public static SqlValue FromJson(string? canonicalJson) => canonicalJson is null ? Null : new(SqlValueKind.Json, 0, canonicalJson);

    public static SqlValue FromDate(MySqlDateTime value) => new(SqlValueKind.Date, value.Packed, null);

    public static SqlValue FromDateTime(MySqlDateTime value) => new(SqlValueKind.DateTime, value.Packed, null);

    /// <summary>A TIME value as signed microseconds (MySQL's range is ±838:59:59.999999).</summary>
    public static SqlValue FromTime(long microseconds) => new(SqlValueKind.Time, microseconds, null);

    public long AsInt => _bits;

    public ulong AsUInt => unchecked((ulong)_bits);

    public double AsDouble => BitConverter.Int64BitsToDouble(_bits);

    public decimal AsDecimal => (decimal)_ref!;

    public string AsString => (string)_ref!;

    public byte[] AsBytes => (byte[])_ref!;

    public string AsJson => (string)_ref!;

    public MySqlDateTime AsDateTime => new(_bits);

    public long AsTimeMicroseconds => _bits;

    public bool IsNumeric => Kind is SqlValueKind.Int or SqlValueKind.UInt or SqlValueKind.Double or SqlValueKind.Decimal;

    public bool IsTemporal => Kind is SqlValueKind.Date or SqlValueKind.DateTime or SqlValueKind.Time;

    /// <summary>Exact equality of representation (same kind, same bits); not SQL comparison.</summary>
    public bool Equals(SqlValue other) => Kind == other.Kind && _bits == other._bits && Kind switch
    {
        SqlValueKind.Bytes => ((byte[])_ref!).AsSpan().SequenceEqual((byte[])other._ref!),
        _ => Equals(_ref, other._ref),
    };

    public override bool Equals(object? obj) => obj is SqlValue other && Equals(other);

    public override int GetHashCode() => Kind switch
    {
        SqlValueKind.Bytes => ((byte[])_ref!).Length ^ _bits.GetHashCode(),
        _ => HashCode.Combine(Kind, _bits, _ref),
    };

    public static bool operator ==(SqlValue left, SqlValue right) => left.Equals(right);

    public static bool operator !=(SqlValue left, SqlValue right) => !left.Equals(right);

    /// <summary>Debug text; the engine's own formatting (with column types) is what clients see.</summary>
    public override string ToString() => Kind switch
    {
        SqlValueKind.Null => "NULL",
        SqlValueKind.Int => AsInt.ToString(CultureInfo.InvariantCulture),
        SqlValueKind.UInt => AsUInt.ToString(CultureInfo.InvariantCulture),
        SqlValueKind.Double => AsDouble.ToString("R", CultureInfo.InvariantCulture),
        SqlValueKind.Decimal => AsDecimal.ToString(CultureInfo.InvariantCulture),
        SqlValueKind.String => AsString,
        SqlValueKind.Json => AsJson,
        SqlValueKind.Bytes => "0x" + Convert.ToHexString(AsBytes),
        SqlValueKind.Date => AsDateTime.ToDateString(),
        SqlValueKind.DateTime => AsDateTime.ToString(),
        SqlValueKind.Time => MySqlTime.Format(AsTimeMicroseconds, 6),
        _ => "?",
    };
}
