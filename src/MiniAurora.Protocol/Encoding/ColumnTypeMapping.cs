using MiniAurora.Core.Results;
using MiniAurora.Core.Values;

namespace MiniAurora.Protocol.Encoding;

/// <summary>
/// Maps a Core <see cref="ColumnType"/> to what ColumnDefinition41 carries: the wire type code, the
/// character set id the client decodes with, the length in bytes, flags and decimals — the values
/// mysqld sends for the same column with character_set_results=utf8mb4 (we always send UTF-8).
/// </summary>
public static class ColumnTypeMapping
{
    public const int BinaryCharset = 63;
    private const int Utf8mb4Bin = 46;

    public static ColumnTypeCode ToWireType(SqlTypeKind kind) => kind switch
    {
        SqlTypeKind.Null => ColumnTypeCode.Null,
        SqlTypeKind.TinyInt => ColumnTypeCode.Tiny,
        SqlTypeKind.SmallInt => ColumnTypeCode.Short,
        SqlTypeKind.MediumInt => ColumnTypeCode.Int24,
        SqlTypeKind.Int => ColumnTypeCode.Long,
        SqlTypeKind.BigInt => ColumnTypeCode.LongLong,
        SqlTypeKind.Decimal => ColumnTypeCode.NewDecimal,
        SqlTypeKind.Float => ColumnTypeCode.Float,
        SqlTypeKind.Double => ColumnTypeCode.Double,
        SqlTypeKind.Bit => ColumnTypeCode.Bit,
        SqlTypeKind.Char or SqlTypeKind.Binary or SqlTypeKind.Enum or SqlTypeKind.Set => ColumnTypeCode.String,
        SqlTypeKind.VarChar or SqlTypeKind.VarBinary => ColumnTypeCode.VarString,
        SqlTypeKind.TinyText or SqlTypeKind.Text or SqlTypeKind.MediumText or SqlTypeKind.LongText
            or SqlTypeKind.TinyBlob or SqlTypeKind.Blob or SqlTypeKind.MediumBlob or SqlTypeKind.LongBlob => ColumnTypeCode.Blob,
        SqlTypeKind.Date => ColumnTypeCode.Date,
        SqlTypeKind.Time => ColumnTypeCode.Time,
        SqlTypeKind.DateTime => ColumnTypeCode.DateTime,
        SqlTypeKind.Timestamp => ColumnTypeCode.Timestamp,
        SqlTypeKind.Year => ColumnTypeCode.Year,
        SqlTypeKind.Json => ColumnTypeCode.Json,
        SqlTypeKind.Geometry => ColumnTypeCode.Geometry,
        _ => ColumnTypeCode.VarString,
    };

    /// <summary>Whether values of this type travel as text characters (and so get a character set other than binary).</summary>
    public static bool IsCharacterType(ColumnType type) => type.Kind is SqlTypeKind.Char or SqlTypeKind.VarChar or SqlTypeKind.TinyText
        or SqlTypeKind.Text or SqlTypeKind.MediumText or SqlTypeKind.LongText or SqlTypeKind.Enum or SqlTypeKind.Set
        || (type.Kind is SqlTypeKind.Json);

    /// <summary>
    /// The character set id sent: a utf8mb4 collation's own id; other character sets are converted to
    /// utf8mb4 on the way out (as character_set_results=utf8mb4 does), so they report utf8mb4's default;
    /// JSON is utf8mb4_bin; everything else is binary (63).
    /// </summary>
    public static int CharsetId(ColumnType type)
    {
        if (type.Kind == SqlTypeKind.Json)
        {
            return Utf8mb4Bin;
        }
        if (!IsCharacterType(type))
        {
            return BinaryCharset;
        }
        var collation = type.EffectiveCollation;
        if (collation.IsBinary)
        {
            return BinaryCharset;
        }
        return collation.Charset == "utf8mb4" ? collation.Id : Collation.Utf8mb4_0900_ai_ci.Id;
    }

    /// <summary>The column length in bytes (characters times 4 for text), as ColumnDefinition41 reports it.</summary>
    public static uint ColumnLength(ColumnType type)
    {
        int bytesPerChar = CharsetId(type) == BinaryCharset ? 1 : 4;
        int fspPart = type.Scale > 0 ? type.Scale + 1 : 0;
        long length = type.Kind switch
        {
            SqlTypeKind.Null => 0,
            SqlTypeKind.TinyInt => Width(type, type.Unsigned ? 3 : 4),
            SqlTypeKind.SmallInt => Width(type, type.Unsigned ? 5 : 6),
            SqlTypeKind.MediumInt => Width(type, type.Unsigned ? 8 : 9),
            SqlTypeKind.Int => Width(type, type.Unsigned ? 10 : 11),
            SqlTypeKind.BigInt => Width(type, 20),
            SqlTypeKind.Decimal => (type.Length > 0 ? type.Length : 10) + (type.Scale > 0 ? 1 : 0) + (type.Unsigned ? 0 : 1),
            SqlTypeKind.Float => Width(type, 12),
            SqlTypeKind.Double => Width(type, 22),
            SqlTypeKind.Bit => Width(type, 1),
            SqlTypeKind.Year => 4,
            SqlTypeKind.Date => 10,
            SqlTypeKind.Time => 10 + fspPart,
            SqlTypeKind.DateTime or SqlTypeKind.Timestamp => 19 + fspPart,
            SqlTypeKind.Char or SqlTypeKind.VarChar or SqlTypeKind.Binary or SqlTypeKind.VarBinary => (long)type.Length * bytesPerChar,
            SqlTypeKind.TinyText or SqlTypeKind.TinyBlob => 255L * bytesPerChar,
            SqlTypeKind.Text or SqlTypeKind.Blob => 65535L * bytesPerChar,
            SqlTypeKind.MediumText or SqlTypeKind.MediumBlob => 16777215L * bytesPerChar,
            SqlTypeKind.Enum => (long)(type.Length > 0 ? type.Length : MaxMemberLength(type)) * bytesPerChar,
            SqlTypeKind.Set => (long)(type.Length > 0 ? type.Length : SetLength(type)) * bytesPerChar,
            _ => uint.MaxValue,
        };
        return (uint)Math.Clamp(length, 0, uint.MaxValue);
    }

    public static byte Decimals(ColumnType type) => type.Kind switch
    {
        SqlTypeKind.Decimal or SqlTypeKind.Float or SqlTypeKind.Double => (byte)Math.Clamp(type.Scale, 0, 31),
        SqlTypeKind.Time or SqlTypeKind.DateTime or SqlTypeKind.Timestamp => (byte)Math.Clamp(type.Scale, 0, 6),
        _ => 0,
    };

    /// <summary>The column's flags plus those implied by its type (UNSIGNED, ZEROFILL, BINARY, BLOB, ENUM, SET).</summary>
    public static ColumnFlags Flags(ResultColumn column)
    {
        var type = column.Type;
        var flags = column.Flags & ~ColumnFlags.Num;
        if (type.Unsigned || type.Kind == SqlTypeKind.Bit)
        {
            flags |= ColumnFlags.Unsigned;
        }
        if (type.ZeroFill)
        {
            flags |= ColumnFlags.ZeroFill | ColumnFlags.Unsigned;
        }
        if (CharsetId(type) == BinaryCharset || type.Kind == SqlTypeKind.Json)
        {
            flags |= ColumnFlags.Binary;
        }
        if (type.IsBlobLike)
        {
            flags |= ColumnFlags.Blob;
        }
        if (type.Kind == SqlTypeKind.Enum)
        {
            flags |= ColumnFlags.Enum;
        }
        if (type.Kind == SqlTypeKind.Set)
        {
            flags |= ColumnFlags.Set;
        }
        return flags;
    }

    private static long Width(ColumnType type, int fallback) => type.Length > 0 ? type.Length : fallback;

    private static int MaxMemberLength(ColumnType type)
    {
        int max = 0;
        foreach (var member in type.Members)
        {
            max = Math.Max(max, member.Length);
        }
        return max;
    }

    private static int SetLength(ColumnType type)
    {
        int total = 0;
        foreach (var member in type.Members)
        {
            total += member.Length + 1;
        }
        return Math.Max(0, total - 1);
    }
}
