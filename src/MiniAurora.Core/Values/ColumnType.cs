namespace MiniAurora.Core.Values;

/// <summary>
/// A fully resolved SQL type: kind, signedness, length (characters for strings, display
/// width/precision for numbers), scale (decimal digits or fractional-second precision) and
/// collation. Used by the catalog, the binder and the protocol's column definitions alike.
/// </summary>
public sealed record ColumnType(
    SqlTypeKind Kind,
    bool Unsigned = false,
    int Length = 0,
    int Scale = 0,
    Collation? Collation = null,
    bool ZeroFill = false)
{
    /// <summary>Members of ENUM or SET, in declaration order.</summary>
    public SqlList<string> Members { get; init; } = SqlList<string>.Empty;

    public static readonly ColumnType NullType = new(SqlTypeKind.Null);
    public static readonly ColumnType BigInt = new(SqlTypeKind.BigInt, Length: 20);
    public static readonly ColumnType BigIntUnsigned = new(SqlTypeKind.BigInt, Unsigned: true, Length: 20);
    public static readonly ColumnType Int = new(SqlTypeKind.Int, Length: 11);
    public static readonly ColumnType Double = new(SqlTypeKind.Double, Length: 22, Scale: 31);
    public static readonly ColumnType LongText = new(SqlTypeKind.LongText, Length: int.MaxValue, Collation: Collation.Default);
    public static readonly ColumnType LongBlob = new(SqlTypeKind.LongBlob, Length: int.MaxValue, Collation: Collation.Binary);
    public static readonly ColumnType Json = new(SqlTypeKind.Json, Length: int.MaxValue, Collation: Collation.Binary);

    public static ColumnType VarChar(int length, Collation? collation = null) => new(SqlTypeKind.VarChar, Length: length, Collation: collation ?? Collation.Default);

    public static ColumnType Decimal(int precision, int scale) => new(SqlTypeKind.Decimal, Length: precision, Scale: scale);

    public bool IsInteger => Kind is SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.MediumInt or SqlTypeKind.Int or SqlTypeKind.BigInt or SqlTypeKind.Year;

    public bool IsNumeric => IsInteger || Kind is SqlTypeKind.Decimal or SqlTypeKind.Float or SqlTypeKind.Double or SqlTypeKind.Bit;

    public bool IsTemporal => Kind is SqlTypeKind.Date or SqlTypeKind.Time or SqlTypeKind.DateTime or SqlTypeKind.Timestamp;

    public bool IsString => Kind is SqlTypeKind.Char or SqlTypeKind.VarChar or SqlTypeKind.TinyText or SqlTypeKind.Text
        or SqlTypeKind.MediumText or SqlTypeKind.LongText or SqlTypeKind.Enum or SqlTypeKind.Set;

    public bool IsBinary => Kind is SqlTypeKind.Binary or SqlTypeKind.VarBinary or SqlTypeKind.TinyBlob or SqlTypeKind.Blob
        or SqlTypeKind.MediumBlob or SqlTypeKind.LongBlob;

    public bool IsBlobLike => Kind is SqlTypeKind.TinyText or SqlTypeKind.Text or SqlTypeKind.MediumText or SqlTypeKind.LongText
        or SqlTypeKind.TinyBlob or SqlTypeKind.Blob or SqlTypeKind.MediumBlob or SqlTypeKind.LongBlob or SqlTypeKind.Json or SqlTypeKind.Geometry;

    /// <summary>The collation values of this type compare under (binary for non-string types).</summary>
    public Collation EffectiveCollation => Collation ?? (IsString ? Collation.Default : Collation.Binary);
}
