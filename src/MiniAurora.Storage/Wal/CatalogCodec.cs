using MiniAurora.Core.Values;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Storage.Wal;

/// <summary>
/// Binary encoding of catalog definitions inside log and snapshot records. STABLE FORMAT: each definition
/// starts with a version byte; add fields only at the end under a new version.
/// </summary>
internal static class CatalogCodec
{
    private const byte V1 = 1;

    public static void Write(RecordWriter w, DatabaseDef d)
    {
        w.Byte(V1);
        w.String(d.Name);
        w.VarLong(d.DefaultCollation.Id);
        w.Bool(d.ReadOnly);
    }

    public static DatabaseDef ReadDatabase(ref PayloadReader r)
    {
        Version(ref r);
        return new DatabaseDef(r.String(), ReadCollation(ref r)!, r.Bool());
    }

    public static void Write(RecordWriter w, TableDef t)
    {
        w.Byte(V1);
        w.VarLong(t.Id);
        w.String(t.Schema);
        w.String(t.Name);
        w.VarULong((ulong)t.Columns.Count);
        foreach (var c in t.Columns)
        {
            w.String(c.Name);
            WriteType(w, c.Type);
            w.Bool(c.Nullable);
            w.NullableString(c.DefaultSql);
            w.Bool(c.DefaultIsCurrentTimestamp);
            w.Bool(c.AutoIncrement);
            w.Bool(c.OnUpdateCurrentTimestamp);
            w.String(c.Comment);
            w.NullableString(c.GeneratedSql);
            w.Bool(c.GeneratedStored);
            w.Bool(c.Invisible);
        }
        w.VarULong((ulong)t.Indexes.Count);
        foreach (var i in t.Indexes)
        {
            w.String(i.Name);
            w.Byte((byte)i.Kind);
            w.VarULong((ulong)i.Parts.Count);
            foreach (var p in i.Parts)
            {
                w.VarLong(p.ColumnOrdinal);
                w.VarLong(p.PrefixLength);
                w.Bool(p.Descending);
            }
            w.String(i.Comment);
            w.Bool(i.Visible);
            w.NullableString(i.Algorithm);
        }
        w.VarULong((ulong)t.ForeignKeys.Count);
        foreach (var f in t.ForeignKeys)
        {
            w.String(f.Name);
            Strings(w, f.Columns);
            w.String(f.ReferencedSchema);
            w.String(f.ReferencedTable);
            Strings(w, f.ReferencedColumns);
            w.Byte((byte)f.OnDelete);
            w.Byte((byte)f.OnUpdate);
        }
        w.VarULong((ulong)t.Checks.Count);
        foreach (var c in t.Checks)
        {
            w.String(c.Name);
            w.String(c.ExpressionSql);
            w.Bool(c.Enforced);
        }
        var o = t.Options;
        w.String(o.Engine);
        w.VarLong(o.Collation.Id);
        w.String(o.Comment);
        w.VarLong(o.AutoIncrementStart);
        w.String(o.RowFormat);
        Strings(w, o.ExtraOptions);
        w.VarLong(t.CreateTime.Ticks);
    }

    public static TableDef ReadTable(ref PayloadReader r)
    {
        Version(ref r);
        long id = r.VarLong();
        string schema = r.String();
        string name = r.String();
        var columns = new ColumnDef[checked((int)r.VarULong())];
        for (int i = 0; i < columns.Length; i++)
        {
            columns[i] = new ColumnDef(r.String(), ReadType(ref r), r.Bool(), r.NullableString(), r.Bool(), r.Bool(), r.Bool(), r.String(), r.NullableString(), r.Bool(), r.Bool());
        }
        var indexes = new IndexDef[checked((int)r.VarULong())];
        for (int i = 0; i < indexes.Length; i++)
        {
            string indexName = r.String();
            var kind = (IndexKind)r.Byte();
            var parts = new IndexPart[checked((int)r.VarULong())];
            for (int p = 0; p < parts.Length; p++)
            {
                parts[p] = new IndexPart(r.VarInt(), r.VarInt(), r.Bool());
            }
            indexes[i] = new IndexDef(indexName, kind, parts, r.String(), r.Bool(), r.NullableString());
        }
        var fks = new ForeignKeyDef[checked((int)r.VarULong())];
        for (int i = 0; i < fks.Length; i++)
        {
            fks[i] = new ForeignKeyDef(r.String(), ReadStrings(ref r), r.String(), r.String(), ReadStrings(ref r), (ForeignKeyAction)r.Byte(), (ForeignKeyAction)r.Byte());
        }
        var checks = new CheckConstraintDef[checked((int)r.VarULong())];
        for (int i = 0; i < checks.Length; i++)
        {
            checks[i] = new CheckConstraintDef(r.String(), r.String(), r.Bool());
        }
        var options = new TableOptions(r.String(), ReadCollation(ref r)!, r.String(), r.VarLong(), r.String(), ReadStrings(ref r));
        var created = new DateTime(r.VarLong(), DateTimeKind.Utc);
        return new TableDef(id, schema, name, columns, indexes, fks, checks, options, created);
    }

    public static void Write(RecordWriter w, ViewDef v)
    {
        w.Byte(V1);
        w.String(v.Schema);
        w.String(v.Name);
        w.String(v.DefinitionSql);
        Strings(w, v.ColumnNames);
        w.String(v.Algorithm);
        w.String(v.Definer);
        w.String(v.SqlSecurity);
        w.String(v.CheckOption);
        w.String(v.CharacterSetClient);
        w.String(v.CollationConnection);
    }

    public static ViewDef ReadView(ref PayloadReader r)
    {
        Version(ref r);
        return new ViewDef(r.String(), r.String(), r.String(), ReadStrings(ref r), r.String(), r.String(), r.String(), r.String(), r.String(), r.String());
    }

    public static void Write(RecordWriter w, CatalogObject o)
    {
        w.Byte(V1);
        w.VarLong((short)o.Kind);
        w.String(o.Schema);
        w.String(o.Name);
        w.String(o.CreateText);
        w.NullableString(o.Table);
        w.NullableString(o.Definer);
        w.String(o.SqlMode);
        w.VarLong(o.Order);
        w.VarLong(o.Created.Ticks);
        w.VarLong(o.Modified.Ticks);
        w.NullableString(o.Metadata);
    }

    public static CatalogObject ReadObject(ref PayloadReader r)
    {
        Version(ref r);
        var kind = (CatalogObjectKind)r.VarInt();
        return new CatalogObject(kind, r.String(), r.String(), r.String())
        {
            Table = r.NullableString(),
            Definer = r.NullableString(),
            SqlMode = r.String(),
            Order = r.VarLong(),
            Created = new DateTime(r.VarLong(), DateTimeKind.Utc),
            Modified = new DateTime(r.VarLong(), DateTimeKind.Utc),
            Metadata = r.NullableString(),
        };
    }

    private static void WriteType(RecordWriter w, ColumnType t)
    {
        w.Byte((byte)t.Kind);
        w.Bool(t.Unsigned);
        w.VarLong(t.Length);
        w.VarLong(t.Scale);
        w.VarLong(t.Collation?.Id ?? 0);
        w.Bool(t.ZeroFill);
        Strings(w, t.Members);
    }

    private static ColumnType ReadType(ref PayloadReader r) =>
        new ColumnType((SqlTypeKind)r.Byte(), r.Bool(), r.VarInt(), r.VarInt(), ReadCollation(ref r), r.Bool()) { Members = ReadStrings(ref r) };

    private static Collation? ReadCollation(ref PayloadReader r)
    {
        int id = r.VarInt();
        if (id == 0)
        {
            return null;
        }
        return Collation.TryGetById(id, out var c) ? c : throw new FormatException($"unknown collation id {id}");
    }

    private static void Strings(RecordWriter w, SqlList<string> items)
    {
        w.VarULong((ulong)items.Count);
        foreach (var s in items)
        {
            w.String(s);
        }
    }

    private static SqlList<string> ReadStrings(ref PayloadReader r)
    {
        var items = new string[checked((int)r.VarULong())];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = r.String();
        }
        return items;
    }

    private static void Version(ref PayloadReader r)
    {
        byte v = r.Byte();
        if (v != V1)
        {
            throw new FormatException($"unknown catalog record version {v}");
        }
    }
}
