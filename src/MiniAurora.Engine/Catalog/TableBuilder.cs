using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Storage.Catalog;
using AstIndexKind = MiniAurora.Sql.Ast.Ddl.IndexKind;
using StoreIndexKind = MiniAurora.Storage.Catalog.IndexKind;
using StoreIndexPart = MiniAurora.Storage.Catalog.IndexPart;

namespace MiniAurora.Engine.Catalog;

/// <summary>Turns CREATE TABLE / ALTER TABLE column and index definitions into catalog records, with MySQL's checks.</summary>
internal sealed class TableBuilder
{
    private readonly Binding.Binder _binder;
    private readonly Collation _tableCollation;

    public TableBuilder(Binding.Binder binder, Collation tableCollation)
    {
        _binder = binder;
        _tableCollation = tableCollation;
    }

    public ColumnType MapType(DataType t)
    {
        Collation? collation = null;
        if (t.Kind is SqlTypeKind.Char or SqlTypeKind.VarChar or SqlTypeKind.TinyText or SqlTypeKind.Text or SqlTypeKind.MediumText
            or SqlTypeKind.LongText or SqlTypeKind.Enum or SqlTypeKind.Set)
        {
            collation = _tableCollation;
            if (t.Charset is not null)
            {
                if (!Collation.TryGetDefaultForCharset(t.Charset, out collation!))
                {
                    throw MySqlErrors.UnknownCharacterSet(t.Charset);
                }
            }
            if (t.Collation is not null && !Collation.TryGetByName(t.Collation, out collation!))
            {
                throw MySqlErrors.UnknownCollation(t.Collation);
            }
            if (t.Binary)
            {
                collation = collation.Charset switch
                {
                    "utf8mb4" => Collation.Utf8mb4_bin,
                    "utf8mb3" => Collation.Utf8mb3_bin,
                    "latin1" => Collation.Latin1_bin,
                    _ => collation,
                };
            }
        }
        bool u = t.Unsigned;
        int? len = t.Length;
        switch (t.Kind)
        {
            case SqlTypeKind.TinyInt: return new ColumnType(t.Kind, u, len ?? (u ? 3 : 4), ZeroFill: t.ZeroFill);
            case SqlTypeKind.SmallInt: return new ColumnType(t.Kind, u, len ?? (u ? 5 : 6), ZeroFill: t.ZeroFill);
            case SqlTypeKind.MediumInt: return new ColumnType(t.Kind, u, len ?? (u ? 8 : 9), ZeroFill: t.ZeroFill);
            case SqlTypeKind.Int: return new ColumnType(t.Kind, u, len ?? (u ? 10 : 11), ZeroFill: t.ZeroFill);
            case SqlTypeKind.BigInt: return new ColumnType(t.Kind, u, len ?? 20, ZeroFill: t.ZeroFill);
            case SqlTypeKind.Decimal:
                {
                    int p = len ?? 10;
                    int s = t.Scale ?? 0;
                    if (p > 65)
                    {
                        throw MySqlErrors.TooBigPrecision(p, "column", 65);
                    }
                    if (s > 30)
                    {
                        throw MySqlErrors.TooBigScale(s, "column", 30);
                    }
                    if (s > p)
                    {
                        throw MySqlErrors.MBiggerThanD("column");
                    }
                    return new ColumnType(t.Kind, u, p, s, ZeroFill: t.ZeroFill);
                }
            case SqlTypeKind.Float: return new ColumnType(t.Kind, u, len ?? 12, t.Scale ?? 31, ZeroFill: t.ZeroFill);
            case SqlTypeKind.Double: return new ColumnType(t.Kind, u, len ?? 22, t.Scale ?? 31, ZeroFill: t.ZeroFill);
            case SqlTypeKind.Bit: return new ColumnType(t.Kind, true, len ?? 1);
            case SqlTypeKind.Char: return new ColumnType(t.Kind, Length: len ?? 1, Collation: collation);
            case SqlTypeKind.VarChar: return new ColumnType(t.Kind, Length: len ?? 255, Collation: collation);
            case SqlTypeKind.Binary: return new ColumnType(t.Kind, Length: len ?? 1, Collation: Collation.Binary);
            case SqlTypeKind.VarBinary: return new ColumnType(t.Kind, Length: len ?? 255, Collation: Collation.Binary);
            case SqlTypeKind.TinyText: return new ColumnType(t.Kind, Length: 255, Collation: collation);
            case SqlTypeKind.Text: return new ColumnType(t.Kind, Length: 65535, Collation: collation);
            case SqlTypeKind.MediumText: return new ColumnType(t.Kind, Length: 16777215, Collation: collation);
            case SqlTypeKind.LongText: return new ColumnType(t.Kind, Length: int.MaxValue, Collation: collation);
            case SqlTypeKind.TinyBlob: return new ColumnType(t.Kind, Length: 255, Collation: Collation.Binary);
            case SqlTypeKind.Blob: return new ColumnType(t.Kind, Length: 65535, Collation: Collation.Binary);
            case SqlTypeKind.MediumBlob: return new ColumnType(t.Kind, Length: 16777215, Collation: Collation.Binary);
            case SqlTypeKind.LongBlob: return new ColumnType(t.Kind, Length: int.MaxValue, Collation: Collation.Binary);
            case SqlTypeKind.Enum:
            case SqlTypeKind.Set:
                return new ColumnType(t.Kind, Length: t.Members.Count == 0 ? 1 : t.Members.Max(m => m.Length), Collation: collation) { Members = t.Members };
            case SqlTypeKind.Date: return new ColumnType(t.Kind, Length: 10);
            case SqlTypeKind.Time: return new ColumnType(t.Kind, Length: 10 + ((len ?? t.Scale ?? 0) > 0 ? (len ?? t.Scale ?? 0) + 1 : 0), Scale: len ?? t.Scale ?? 0);
            case SqlTypeKind.DateTime:
            case SqlTypeKind.Timestamp:
                {
                    int fsp = len ?? t.Scale ?? 0;
                    return new ColumnType(t.Kind, Length: 19 + (fsp > 0 ? fsp + 1 : 0), Scale: fsp);
                }
            case SqlTypeKind.Year: return new ColumnType(t.Kind, true, 4);
            case SqlTypeKind.Json: return ColumnType.Json;
            default: return new ColumnType(t.Kind, Length: len ?? 0, Collation: collation);
        }
    }

    public ColumnDef BuildColumn(ColumnDefinition def, bool inPrimaryKey)
    {
        var type = MapType(def.Type);
        bool nullable = def.Nullable ?? !(def.PrimaryKey || inPrimaryKey);
        if (def.PrimaryKey || inPrimaryKey)
        {
            nullable = false;
        }
        string? defaultSql = null;
        bool defaultNow = false;
        if (def.Default is not null)
        {
            if (type.IsBlobLike && def.Default is Literal { Kind: not LiteralKind.Null } && !def.DefaultIsExpression)
            {
                throw MySqlErrors.BlobCantHaveDefault(def.Name);
            }
            if (def.Default is FunctionCall fc && fc.Name.ToUpperInvariant() is "CURRENT_TIMESTAMP" or "NOW" or "LOCALTIME" or "LOCALTIMESTAMP")
            {
                if (!(type.Kind is SqlTypeKind.DateTime or SqlTypeKind.Timestamp))
                {
                    throw MySqlErrors.InvalidDefault(def.Name);
                }
                defaultNow = true;
                defaultSql = type.Scale > 0 ? $"CURRENT_TIMESTAMP({type.Scale})" : "CURRENT_TIMESTAMP";
            }
            else if (def.DefaultIsExpression)
            {
                defaultSql = "(" + (_binder.TextOf(def.Default) ?? "NULL") + ")";
            }
            else
            {
                var bound = _binder.Bind(def.Default, null, "DEFAULT");
                var value = bound.Evaluate(new EvaluationContext(Sessions.NullSession.Instance) { Mode = SqlMode.StrictAllTables });
                if (value.IsNull)
                {
                    if (!nullable)
                    {
                        throw MySqlErrors.InvalidDefault(def.Name);
                    }
                    defaultSql = "NULL";
                }
                else
                {
                    SqlValue stored;
                    try
                    {
                        var column = new ColumnDef(def.Name, type, nullable);
                        stored = StoreConversion.Convert(value, column, new EvaluationContext(Sessions.NullSession.Instance) { Mode = SqlMode.StrictAllTables }, strict: true);
                    }
                    catch (MiniAuroraException)
                    {
                        throw MySqlErrors.InvalidDefault(def.Name);
                    }
                    defaultSql = stored.Kind == SqlValueKind.Bytes
                        ? "0x" + Convert.ToHexString(stored.AsBytes)
                        : "'" + ValueConversion.ToText(stored).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
                }
            }
        }
        if (def.AutoIncrement && !(type.IsInteger || type.Kind is SqlTypeKind.Float or SqlTypeKind.Double))
        {
            throw MySqlErrors.WrongFieldSpec(def.Name);
        }
        if (def.AutoIncrement && def.Default is not null)
        {
            throw MySqlErrors.InvalidDefault(def.Name);
        }
        bool onUpdate = def.OnUpdate is not null;
        if (type.Kind == SqlTypeKind.Timestamp && def.Nullable is null && !nullable)
        {
            nullable = false;
        }
        return new ColumnDef(def.Name, type, nullable, defaultSql, defaultNow, def.AutoIncrement, onUpdate, def.Comment ?? "",
            def.GeneratedAs is null ? null : _binder.TextOf(def.GeneratedAs), def.GeneratedStored, def.Invisible);
    }

    /// <summary>Builds an index over <paramref name="columns"/>; unnamed indexes are named after their first column (col, col_2, ...).</summary>
    public static IndexDef BuildIndex(IndexDefinition def, IReadOnlyList<ColumnDef> columns, IReadOnlyList<IndexDef> existing)
    {
        var parts = new List<StoreIndexPart>();
        foreach (var p in def.Parts)
        {
            if (p.Column is null)
            {
                throw MySqlErrors.NotSupportedYet("functional key parts");
            }
            int ord = -1;
            for (int i = 0; i < columns.Count; i++)
            {
                if (string.Equals(columns[i].Name, p.Column, StringComparison.OrdinalIgnoreCase))
                {
                    ord = i;
                    break;
                }
            }
            if (ord < 0)
            {
                throw MySqlErrors.KeyColumnDoesNotExits(p.Column);
            }
            if (columns[ord].Type.IsBlobLike && (p.PrefixLength ?? 0) == 0)
            {
                throw MySqlErrors.BlobKeyWithoutLength(p.Column);
            }
            parts.Add(new StoreIndexPart(ord, p.PrefixLength ?? 0, p.Descending));
        }
        var kind = def.Kind switch
        {
            AstIndexKind.Primary => StoreIndexKind.Primary,
            AstIndexKind.Unique => StoreIndexKind.Unique,
            AstIndexKind.Fulltext => StoreIndexKind.FullText,
            AstIndexKind.Spatial => StoreIndexKind.Spatial,
            _ => StoreIndexKind.NonUnique,
        };
        string name;
        if (kind == StoreIndexKind.Primary)
        {
            if (existing.Any(i => i.IsPrimary))
            {
                throw MySqlErrors.MultiplePriKey();
            }
            name = IndexDef.PrimaryName;
        }
        else if (def.Name is not null)
        {
            if (existing.Any(i => string.Equals(i.Name, def.Name, StringComparison.OrdinalIgnoreCase)) || string.Equals(def.Name, "PRIMARY", StringComparison.OrdinalIgnoreCase))
            {
                throw MySqlErrors.DupKeyname(def.Name);
            }
            name = def.Name;
        }
        else
        {
            var baseName = columns[parts[0].ColumnOrdinal].Name;
            name = baseName;
            int n = 2;
            while (existing.Any(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                name = baseName + "_" + n++;
            }
        }
        return new IndexDef(name, kind, parts.ToSqlList(), def.Comment ?? "", !def.Invisible, def.IndexType);
    }

    /// <summary>Primary-key columns become NOT NULL; the AUTO_INCREMENT column must lead some index (1075).</summary>
    public static void Validate(List<ColumnDef> columns, List<IndexDef> indexes)
    {
        if (columns.Count == 0)
        {
            throw MySqlErrors.TableMustHaveColumns();
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in columns)
        {
            if (!seen.Add(c.Name))
            {
                throw MySqlErrors.DupFieldname(c.Name);
            }
        }
        var pk = indexes.FirstOrDefault(i => i.IsPrimary);
        if (pk is not null)
        {
            foreach (var part in pk.Parts)
            {
                columns[part.ColumnOrdinal] = columns[part.ColumnOrdinal] with { Nullable = false };
            }
        }
        int autoCount = columns.Count(c => c.AutoIncrement);
        if (autoCount > 1)
        {
            throw MySqlErrors.WrongAutoKey();
        }
        if (autoCount == 1)
        {
            int ord = columns.FindIndex(c => c.AutoIncrement);
            if (!indexes.Any(i => i.Parts.Count > 0 && i.Parts[0].ColumnOrdinal == ord))
            {
                throw MySqlErrors.WrongAutoKey();
            }
        }
    }
}
