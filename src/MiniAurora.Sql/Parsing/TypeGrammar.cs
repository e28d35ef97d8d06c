using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Lexing;
using Pidgin;
using static MiniAurora.Sql.Parsing.TokenParsers;
using static Pidgin.Parser;

namespace MiniAurora.Sql.Parsing;

/// <summary>Data types of CREATE TABLE / DECLARE / RETURNS, and CAST targets.</summary>
internal static class TypeGrammar
{
    private static readonly Parser<Token, int?> s_length =
        IntLit.Between(LParen, RParen).Select(n => (int?)n).Or(Parser<Token>.Return((int?)null));

    private static readonly Parser<Token, (int? Length, int? Scale)> s_precision =
        LParen.Then(Map((m, d) => ((int?)m, d.HasValue ? (int?)d.Value : null), IntLit, Comma.Then(IntLit).Optional())).Before(RParen)
            .Or(Parser<Token>.Return(((int?)null, (int?)null)));

    private static readonly Parser<Token, (bool Unsigned, bool ZeroFill)> s_numericAttributes =
        OneOf(Kw("UNSIGNED").ThenReturn(1), Kw("SIGNED").ThenReturn(0), Kw("ZEROFILL").ThenReturn(2)).Many()
            .Select(flags =>
            {
                var list = flags.ToList();
                var zeroFill = list.Contains(2);
                return (list.Contains(1) || zeroFill, zeroFill);
            });

    /// <summary>[CHARACTER SET|CHARSET name] [COLLATE name] [BINARY] in any order; ASCII/UNICODE shorthands.</summary>
    private static readonly Parser<Token, (string? Charset, string? Collation, bool Binary)> s_stringAttributes =
        OneOf(
                OneOf(Kw("CHARACTER").Then(Kw("SET")), Kw("CHARSET")).Then(AnyName).Select(n => (0, n)),
                Kw("COLLATE").Then(AnyName).Select(n => (1, n)),
                Kw("BINARY").ThenReturn((2, "")),
                Kw("ASCII").ThenReturn((0, "latin1")),
                Kw("UNICODE").ThenReturn((0, "ucs2")))
            .Many()
            .Select(items =>
            {
                string? charset = null, collation = null;
                var binary = false;
                foreach (var (kind, name) in items)
                {
                    switch (kind)
                    {
                        case 0: charset = name.ToLowerInvariant(); break;
                        case 1: collation = name.ToLowerInvariant(); break;
                        default: binary = true; break;
                    }
                }
                return (charset, collation, binary);
            });

    private static readonly Parser<Token, SqlList<string>> s_members =
        StringLit.SeparatedAtLeastOnce(Comma).Between(LParen, RParen).Select(ToList);

    private static Parser<Token, DataType> Integer(string keyword, SqlTypeKind kind) =>
        Kw(keyword).Then(Map((len, attrs) => new DataType(kind, len) { Unsigned = attrs.Unsigned, ZeroFill = attrs.ZeroFill }, s_length, s_numericAttributes));

    private static Parser<Token, DataType> Fractional(string keyword, SqlTypeKind kind, string name) =>
        Kw(keyword).Then(Map((p, attrs) => new DataType(kind, p.Length, p.Scale) { Name = name, Unsigned = attrs.Unsigned, ZeroFill = attrs.ZeroFill }, s_precision, s_numericAttributes));

    private static Parser<Token, DataType> Str(Parser<Token, Unit> keywords, SqlTypeKind kind, bool lengthRequired = false) =>
        keywords.Then(Map(
            (len, attrs) => new DataType(kind, len) { Charset = attrs.Charset, Collation = attrs.Collation, Binary = attrs.Binary },
            lengthRequired ? IntLit.Between(LParen, RParen).Select(n => (int?)n) : s_length,
            s_stringAttributes));

    private static Parser<Token, DataType> Blob(string keyword, SqlTypeKind kind) =>
        Kw(keyword).Then(s_length).Select(len => new DataType(kind, len));

    private static Parser<Token, DataType> Temporal(string keyword, SqlTypeKind kind) =>
        Kw(keyword).Then(s_length).Select(fsp => new DataType(kind, null, fsp));

    private static Parser<Token, DataType> Members(string keyword, SqlTypeKind kind) =>
        Kw(keyword).Then(Map((m, attrs) => new DataType(kind) { Members = m, Charset = attrs.Charset, Collation = attrs.Collation, Binary = attrs.Binary }, s_members, s_stringAttributes));

    private static Parser<Token, Unit> K(string keyword) => Kw(keyword).IgnoreResult();

    /// <summary>A column/variable data type.</summary>
    public static readonly Parser<Token, DataType> DataType = new KeywordSwitch<DataType>(
        [
            ("TINYINT", false, Integer("TINYINT", SqlTypeKind.TinyInt)),
            ("INT1", false, Integer("INT1", SqlTypeKind.TinyInt)),
            ("SMALLINT", false, Integer("SMALLINT", SqlTypeKind.SmallInt)),
            ("INT2", false, Integer("INT2", SqlTypeKind.SmallInt)),
            ("MEDIUMINT", false, Integer("MEDIUMINT", SqlTypeKind.MediumInt)),
            ("MIDDLEINT", false, Integer("MIDDLEINT", SqlTypeKind.MediumInt)),
            ("INT3", false, Integer("INT3", SqlTypeKind.MediumInt)),
            ("INT", false, Integer("INT", SqlTypeKind.Int)),
            ("INTEGER", false, Integer("INTEGER", SqlTypeKind.Int)),
            ("INT4", false, Integer("INT4", SqlTypeKind.Int)),
            ("BIGINT", false, Integer("BIGINT", SqlTypeKind.BigInt)),
            ("INT8", false, Integer("INT8", SqlTypeKind.BigInt)),
            ("BOOL", false, Kw("BOOL").ThenReturn(new DataType(SqlTypeKind.TinyInt, 1))),
            ("BOOLEAN", false, Kw("BOOLEAN").ThenReturn(new DataType(SqlTypeKind.TinyInt, 1))),
            ("SERIAL", false, Kw("SERIAL").ThenReturn(new DataType(SqlTypeKind.BigInt) { Unsigned = true })),
            ("DECIMAL", false, Fractional("DECIMAL", SqlTypeKind.Decimal, "decimal")),
            ("DEC", false, Fractional("DEC", SqlTypeKind.Decimal, "decimal")),
            ("NUMERIC", false, Fractional("NUMERIC", SqlTypeKind.Decimal, "decimal")),
            ("FIXED", false, Fractional("FIXED", SqlTypeKind.Decimal, "decimal")),
            ("FLOAT", false, Fractional("FLOAT", SqlTypeKind.Float, "float")),
            ("FLOAT4", false, Fractional("FLOAT4", SqlTypeKind.Float, "float")),
            ("DOUBLE", false, Kw("DOUBLE").Then(Kw("PRECISION").Optional()).Then(Map((p, a) => new DataType(SqlTypeKind.Double, p.Length, p.Scale) { Unsigned = a.Unsigned, ZeroFill = a.ZeroFill }, s_precision, s_numericAttributes))),
            ("FLOAT8", false, Fractional("FLOAT8", SqlTypeKind.Double, "double")),
            ("REAL", false, Fractional("REAL", SqlTypeKind.Double, "double")),
            ("BIT", false, Kw("BIT").Then(s_length).Select(len => new DataType(SqlTypeKind.Bit, len))),
            ("CHAR", false, Kw("CHAR").Then(OneOf(Kw("VARYING").Then(Str(Parser<Token>.Return(Unit.Value), SqlTypeKind.VarChar, true)), Str(Parser<Token>.Return(Unit.Value), SqlTypeKind.Char)))),
            ("CHARACTER", false, Kw("CHARACTER").Then(OneOf(Kw("VARYING").Then(Str(Parser<Token>.Return(Unit.Value), SqlTypeKind.VarChar, true)), Str(Parser<Token>.Return(Unit.Value), SqlTypeKind.Char)))),
            ("NCHAR", false, Str(K("NCHAR"), SqlTypeKind.Char).Select(t => t with { Charset = "utf8mb3" })),
            ("NATIONAL", false, Kw("NATIONAL").Then(OneOf(Str(K("CHAR"), SqlTypeKind.Char), Str(K("VARCHAR"), SqlTypeKind.VarChar, true))).Select(t => t with { Charset = "utf8mb3" })),
            ("VARCHAR", false, Str(K("VARCHAR"), SqlTypeKind.VarChar, true)),
            ("VARCHARACTER", false, Str(K("VARCHARACTER"), SqlTypeKind.VarChar, true)),
            ("NVARCHAR", false, Str(K("NVARCHAR"), SqlTypeKind.VarChar, true).Select(t => t with { Charset = "utf8mb3" })),
            ("BINARY", false, Blob("BINARY", SqlTypeKind.Binary)),
            ("VARBINARY", false, Kw("VARBINARY").Then(IntLit.Between(LParen, RParen)).Select(len => new DataType(SqlTypeKind.VarBinary, len))),
            ("TINYTEXT", false, Str(K("TINYTEXT"), SqlTypeKind.TinyText)),
            ("TEXT", false, Str(K("TEXT"), SqlTypeKind.Text)),
            ("MEDIUMTEXT", false, Str(K("MEDIUMTEXT"), SqlTypeKind.MediumText)),
            ("LONGTEXT", false, Str(K("LONGTEXT"), SqlTypeKind.LongText)),
            ("LONG", false, Kw("LONG").Then(OneOf(Kw("VARBINARY").ThenReturn(new DataType(SqlTypeKind.MediumBlob)), Str(Kw("VARCHAR").Optional().IgnoreResult(), SqlTypeKind.MediumText)))),
            ("TINYBLOB", false, Blob("TINYBLOB", SqlTypeKind.TinyBlob)),
            ("BLOB", false, Blob("BLOB", SqlTypeKind.Blob)),
            ("MEDIUMBLOB", false, Blob("MEDIUMBLOB", SqlTypeKind.MediumBlob)),
            ("LONGBLOB", false, Blob("LONGBLOB", SqlTypeKind.LongBlob)),
            ("ENUM", false, Members("ENUM", SqlTypeKind.Enum)),
            ("SET", false, Members("SET", SqlTypeKind.Set)),
            ("DATE", false, Kw("DATE").ThenReturn(new DataType(SqlTypeKind.Date))),
            ("TIME", false, Temporal("TIME", SqlTypeKind.Time)),
            ("DATETIME", false, Temporal("DATETIME", SqlTypeKind.DateTime)),
            ("TIMESTAMP", false, Temporal("TIMESTAMP", SqlTypeKind.Timestamp)),
            ("YEAR", false, Kw("YEAR").Then(s_length).Select(len => new DataType(SqlTypeKind.Year, len))),
            ("JSON", false, Kw("JSON").ThenReturn(new DataType(SqlTypeKind.Json))),
            ("GEOMETRY", false, Kw("GEOMETRY").ThenReturn(new DataType(SqlTypeKind.Geometry))),
            ("POINT", false, Kw("POINT").ThenReturn(new DataType(SqlTypeKind.Geometry) { Name = "point" })),
            ("LINESTRING", false, Kw("LINESTRING").ThenReturn(new DataType(SqlTypeKind.Geometry) { Name = "linestring" })),
            ("POLYGON", false, Kw("POLYGON").ThenReturn(new DataType(SqlTypeKind.Geometry) { Name = "polygon" })),
        ],
        Parser<Token>.Fail<DataType>("data type"));

    /// <summary>CAST/CONVERT targets.</summary>
    public static readonly Parser<Token, DataType> CastType = new KeywordSwitch<DataType>(
        [
            ("BINARY", false, Kw("BINARY").Then(s_length).Select(len => new DataType(SqlTypeKind.Binary, len))),
            ("CHAR", false, Kw("CHAR").Then(Map((len, a) => new DataType(SqlTypeKind.Char, len) { Charset = a.Charset, Collation = a.Collation }, s_length, s_stringAttributes))),
            ("NCHAR", false, Kw("NCHAR").Then(s_length).Select(len => new DataType(SqlTypeKind.Char, len) { Charset = "utf8mb3" })),
            ("DATE", false, Kw("DATE").ThenReturn(new DataType(SqlTypeKind.Date))),
            ("DATETIME", false, Temporal("DATETIME", SqlTypeKind.DateTime)),
            ("TIME", false, Temporal("TIME", SqlTypeKind.Time)),
            ("DECIMAL", false, Kw("DECIMAL").Then(s_precision).Select(p => new DataType(SqlTypeKind.Decimal, p.Length, p.Scale))),
            ("SIGNED", false, Kw("SIGNED").Then(Kws("INT", "INTEGER").Optional()).ThenReturn(new DataType(SqlTypeKind.BigInt) { Name = "signed" })),
            ("UNSIGNED", false, Kw("UNSIGNED").Then(Kws("INT", "INTEGER").Optional()).ThenReturn(new DataType(SqlTypeKind.BigInt) { Name = "unsigned", Unsigned = true })),
            ("JSON", false, Kw("JSON").ThenReturn(new DataType(SqlTypeKind.Json))),
            ("DOUBLE", false, Kw("DOUBLE").Then(Kw("PRECISION").Optional()).ThenReturn(new DataType(SqlTypeKind.Double))),
            ("FLOAT", false, Kw("FLOAT").Then(s_length).Select(p => new DataType(SqlTypeKind.Float, p))),
            ("REAL", false, Kw("REAL").ThenReturn(new DataType(SqlTypeKind.Double))),
            ("YEAR", false, Kw("YEAR").ThenReturn(new DataType(SqlTypeKind.Year))),
        ],
        Parser<Token>.Fail<DataType>("cast type")).Select(t => t with { IsCastTarget = true });
}
