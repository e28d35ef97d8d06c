using System.Text;
using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Catalog;

/// <summary>SHOW CREATE TABLE / DATABASE text in MySQL 8's exact layout.</summary>
internal static class ShowCreate
{
    public static string Quote(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    public static string Database(DatabaseDef db) =>
        $"CREATE DATABASE {Quote(db.Name)} /*!40100 DEFAULT CHARACTER SET {db.DefaultCharset} COLLATE {db.DefaultCollation.Name} */ /*!80016 DEFAULT ENCRYPTION='N' */";

    public static string Table(TableDef table, ulong? autoIncrement)
    {
        var sb = new StringBuilder();
        sb.Append("CREATE TABLE ").Append(Quote(table.Name)).Append(" (\n");
        var lines = new List<string>();
        foreach (var c in table.Columns)
        {
            var line = new StringBuilder("  ").Append(Quote(c.Name)).Append(' ').Append(TypeNames.ColumnType(c.Type));
            var coll = c.Type.Collation;
            if ((c.Type.IsString) && coll is not null && coll != table.Options.Collation)
            {
                if (coll.Charset != table.Options.Collation.Charset)
                {
                    line.Append(" CHARACTER SET ").Append(coll.Charset);
                }
                line.Append(" COLLATE ").Append(coll.Name);
            }
            if (c.GeneratedSql is not null)
            {
                line.Append(" GENERATED ALWAYS AS (").Append(c.GeneratedSql).Append(')').Append(c.GeneratedStored ? " STORED" : " VIRTUAL");
            }
            if (!c.Nullable)
            {
                line.Append(" NOT NULL");
            }
            else if (c.Type.Kind == SqlTypeKind.Timestamp)
            {
                line.Append(" NULL");
            }
            if (c.AutoIncrement)
            {
                line.Append(" AUTO_INCREMENT");
            }
            if (c.DefaultSql is not null)
            {
                line.Append(" DEFAULT ").Append(c.DefaultSql);
            }
            else if (c.Nullable && !c.Type.IsBlobLike && c.GeneratedSql is null)
            {
                line.Append(" DEFAULT NULL");
            }
            if (c.OnUpdateCurrentTimestamp)
            {
                line.Append(" ON UPDATE CURRENT_TIMESTAMP");
                if (c.Type.Scale > 0)
                {
                    line.Append('(').Append(c.Type.Scale).Append(')');
                }
            }
            if (c.Invisible)
            {
                line.Append(" /*!80023 INVISIBLE */");
            }
            if (c.Comment.Length > 0)
            {
                line.Append(" COMMENT '").Append(c.Comment.Replace("'", "''", StringComparison.Ordinal)).Append('\'');
            }
            lines.Add(line.ToString());
        }
        foreach (var index in table.Indexes.OrderBy(i => i.IsPrimary ? 0 : i.IsUnique ? 1 : 2))
        {
            var parts = string.Join(",", index.Parts.Select(p => Quote(table.Columns[p.ColumnOrdinal].Name)
                + (p.PrefixLength > 0 ? "(" + p.PrefixLength + ")" : "") + (p.Descending ? " DESC" : "")));
            string prefix = index.Kind switch
            {
                IndexKind.Primary => "  PRIMARY KEY ",
                IndexKind.Unique => "  UNIQUE KEY " + Quote(index.Name) + " ",
                IndexKind.FullText => "  FULLTEXT KEY " + Quote(index.Name) + " ",
                IndexKind.Spatial => "  SPATIAL KEY " + Quote(index.Name) + " ",
                _ => "  KEY " + Quote(index.Name) + " ",
            };
            var text = prefix + "(" + parts + ")";
            if (index.Comment.Length > 0)
            {
                text += " COMMENT '" + index.Comment.Replace("'", "''", StringComparison.Ordinal) + "'";
            }
            if (!index.Visible)
            {
                text += " /*!80000 INVISIBLE */";
            }
            lines.Add(text);
        }
        foreach (var fk in table.ForeignKeys)
        {
            lines.Add($"  CONSTRAINT {Quote(fk.Name)} FOREIGN KEY ({string.Join(", ", fk.Columns.Select(Quote))}) REFERENCES {Quote(fk.ReferencedTable)} ({string.Join(", ", fk.ReferencedColumns.Select(Quote))})");
        }
        foreach (var check in table.Checks)
        {
            lines.Add($"  CONSTRAINT {Quote(check.Name)} CHECK {check.ExpressionSql}");
        }
        sb.Append(string.Join(",\n", lines)).Append("\n) ENGINE=").Append(table.Options.Engine);
        if (autoIncrement is ulong ai && ai > 1)
        {
            sb.Append(" AUTO_INCREMENT=").Append(ai);
        }
        sb.Append(" DEFAULT CHARSET=").Append(table.Options.Charset).Append(" COLLATE=").Append(table.Options.Collation.Name);
        if (table.Options.Comment.Length > 0)
        {
            sb.Append(" COMMENT='").Append(table.Options.Comment.Replace("'", "''", StringComparison.Ordinal)).Append('\'');
        }
        return sb.ToString();
    }
}
