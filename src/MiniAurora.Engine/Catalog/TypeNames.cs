using System.Globalization;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Catalog;

/// <summary>How MySQL 8 spells types and column attributes in SHOW COLUMNS, SHOW CREATE TABLE and information_schema.</summary>
internal static class TypeNames
{
    public static string DataType(ColumnType t) => t.Kind switch
    {
        SqlTypeKind.TinyInt => "tinyint",
        SqlTypeKind.SmallInt => "smallint",
        SqlTypeKind.MediumInt => "mediumint",
        SqlTypeKind.Int => "int",
        SqlTypeKind.BigInt => "bigint",
        SqlTypeKind.Decimal => "decimal",
        SqlTypeKind.Float => "float",
        SqlTypeKind.Double => "double",
        SqlTypeKind.Bit => "bit",
        SqlTypeKind.Char => "char",
        SqlTypeKind.VarChar => "varchar",
        SqlTypeKind.Binary => "binary",
        SqlTypeKind.VarBinary => "varbinary",
        SqlTypeKind.TinyText => "tinytext",
        SqlTypeKind.Text => "text",
        SqlTypeKind.MediumText => "mediumtext",
        SqlTypeKind.LongText => "longtext",
        SqlTypeKind.TinyBlob => "tinyblob",
        SqlTypeKind.Blob => "blob",
        SqlTypeKind.MediumBlob => "mediumblob",
        SqlTypeKind.LongBlob => "longblob",
        SqlTypeKind.Enum => "enum",
        SqlTypeKind.Set => "set",
        SqlTypeKind.Date => "date",
        SqlTypeKind.Time => "time",
        SqlTypeKind.DateTime => "datetime",
        SqlTypeKind.Timestamp => "timestamp",
        SqlTypeKind.Year => "year",
        SqlTypeKind.Json => "json",
        SqlTypeKind.Geometry => "geometry",
        _ => "null",
    };

    public static string ColumnType(ColumnType t)
    {
        var inv = CultureInfo.InvariantCulture;
        string name = DataType(t);
        string text = t.Kind switch
        {
            SqlTypeKind.TinyInt when t.Length == 1 => "tinyint(1)",
            SqlTypeKind.Decimal => string.Create(inv, $"decimal({t.Length},{t.Scale})"),
            SqlTypeKind.Float or SqlTypeKind.Double when t.Length > 0 && t.Scale is > 0 and < 31 => string.Create(inv, $"{name}({t.Length},{t.Scale})"),
            SqlTypeKind.Char or SqlTypeKind.VarChar or SqlTypeKind.Binary or SqlTypeKind.VarBinary or SqlTypeKind.Bit => string.Create(inv, $"{name}({t.Length})"),
            SqlTypeKind.Time or SqlTypeKind.DateTime or SqlTypeKind.Timestamp when t.Scale > 0 => string.Create(inv, $"{name}({t.Scale})"),
            SqlTypeKind.Enum or SqlTypeKind.Set => name + "(" + string.Join(",", t.Members.Select(m => "'" + m.Replace("'", "''", StringComparison.Ordinal) + "'")) + ")",
            _ => name,
        };
        if (t.Unsigned)
        {
            text += " unsigned";
        }
        if (t.ZeroFill)
        {
            text += " zerofill";
        }
        return text;
    }

    public static long NumericPrecision(ColumnType t) => t.Kind switch
    {
        SqlTypeKind.TinyInt => 3,
        SqlTypeKind.SmallInt => 5,
        SqlTypeKind.MediumInt => 7,
        SqlTypeKind.Int => 10,
        SqlTypeKind.BigInt => t.Unsigned ? 20 : 19,
        SqlTypeKind.Decimal => t.Length,
        SqlTypeKind.Float => 12,
        SqlTypeKind.Double => 22,
        SqlTypeKind.Bit => t.Length,
        _ => 0,
    };

    public static string ColumnKey(ColumnFlags flags) =>
        (flags & ColumnFlags.PrimaryKey) != 0 ? "PRI" : (flags & ColumnFlags.UniqueKey) != 0 ? "UNI" : (flags & ColumnFlags.MultipleKey) != 0 ? "MUL" : "";

    public static string Extra(ColumnDef c)
    {
        var parts = new List<string>();
        if (c.AutoIncrement)
        {
            parts.Add("auto_increment");
        }
        if (c.DefaultIsCurrentTimestamp || (c.DefaultSql is not null && c.DefaultSql.StartsWith('(')))
        {
            parts.Add("DEFAULT_GENERATED");
        }
        if (c.OnUpdateCurrentTimestamp)
        {
            parts.Add("on update CURRENT_TIMESTAMP");
        }
        if (c.GeneratedSql is not null)
        {
            parts.Add(c.GeneratedStored ? "STORED GENERATED" : "VIRTUAL GENERATED");
        }
        if (c.Invisible)
        {
            parts.Add("INVISIBLE");
        }
        return string.Join(" ", parts);
    }

    /// <summary>The default as SHOW COLUMNS prints it: string literals unquoted, NULL as SQL NULL (caller), expressions verbatim.</summary>
    public static string DefaultText(ColumnDef c)
    {
        var sql = c.DefaultSql ?? "";
        if (sql.Length >= 2 && sql[0] == '\'' && sql[^1] == '\'')
        {
            return sql[1..^1].Replace("''", "'", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }
        return sql;
    }
}
