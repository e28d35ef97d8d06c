using MiniAurora.Core.Values;
using MiniAurora.Engine.Catalog;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Sessions.Variables;
using MiniAurora.Storage.Catalog;
using static MiniAurora.Engine.SystemTables.VirtualTable;

namespace MiniAurora.Engine.SystemTables;

/// <summary>information_schema tables as views over the statement's catalog snapshot and the server state.</summary>
internal static class InformationSchema
{
    private static readonly Dictionary<string, VirtualTable> s_tables = Build();

    public static bool TryGet(string name, out VirtualTable table) => s_tables.TryGetValue(name, out table!);

    public static IEnumerable<string> Names => s_tables.Values.Select(t => t.Name);

    private static Dictionary<string, VirtualTable> Build()
    {
        var list = new List<VirtualTable>
        {
            new("SCHEMATA",
                [Text("CATALOG_NAME"), Text("SCHEMA_NAME"), Text("DEFAULT_CHARACTER_SET_NAME"), Text("DEFAULT_COLLATION_NAME"), Text("SQL_PATH", 512, true), Text("DEFAULT_ENCRYPTION", 3)],
                ctx => AllDatabases(ctx).Select(d => new[] { S("def"), S(d.Name), S(d.DefaultCharset), S(d.DefaultCollation.Name), SqlValue.Null, S("NO") }).ToList()),
            new("TABLES",
                [Text("TABLE_CATALOG"), Text("TABLE_SCHEMA"), Text("TABLE_NAME"), Text("TABLE_TYPE"), Text("ENGINE", 64, true), Number("VERSION", true), Text("ROW_FORMAT", 10, true),
                 Number("TABLE_ROWS", true), Number("AVG_ROW_LENGTH", true), Number("DATA_LENGTH", true), Number("MAX_DATA_LENGTH", true), Number("INDEX_LENGTH", true),
                 Number("DATA_FREE", true), Number("AUTO_INCREMENT", true), Time("CREATE_TIME"), Time("UPDATE_TIME"), Time("CHECK_TIME"), Text("TABLE_COLLATION", 64, true),
                 Number("CHECKSUM", true), Text("CREATE_OPTIONS", 256, true), Text("TABLE_COMMENT", 2048)],
                TablesRows),
            new("COLUMNS",
                [Text("TABLE_CATALOG"), Text("TABLE_SCHEMA"), Text("TABLE_NAME"), Text("COLUMN_NAME"), Number("ORDINAL_POSITION"), Text("COLUMN_DEFAULT", 1024, true),
                 Text("IS_NULLABLE", 3), Text("DATA_TYPE", 64), Number("CHARACTER_MAXIMUM_LENGTH", true), Number("CHARACTER_OCTET_LENGTH", true), Number("NUMERIC_PRECISION", true),
                 Number("NUMERIC_SCALE", true), Number("DATETIME_PRECISION", true), Text("CHARACTER_SET_NAME", 64, true), Text("COLLATION_NAME", 64, true), Text("COLUMN_TYPE", 1024),
                 Text("COLUMN_KEY", 3), Text("EXTRA", 256), Text("PRIVILEGES", 154), Text("COLUMN_COMMENT", 1024), Text("GENERATION_EXPRESSION", 1024), Number("SRS_ID", true)],
                ColumnsRows),
            new("STATISTICS",
                [Text("TABLE_CATALOG"), Text("TABLE_SCHEMA"), Text("TABLE_NAME"), Number("NON_UNIQUE"), Text("INDEX_SCHEMA"), Text("INDEX_NAME"), Number("SEQ_IN_INDEX"),
                 Text("COLUMN_NAME", 64, true), Text("COLLATION", 1, true), Number("CARDINALITY", true), Number("SUB_PART", true), Text("PACKED", 10, true), Text("NULLABLE", 3),
                 Text("INDEX_TYPE", 11), Text("COMMENT", 8), Text("INDEX_COMMENT", 2048), Text("IS_VISIBLE", 3), Text("EXPRESSION", 1024, true)],
                StatisticsRows),
            new("KEY_COLUMN_USAGE",
                [Text("CONSTRAINT_CATALOG"), Text("CONSTRAINT_SCHEMA"), Text("CONSTRAINT_NAME"), Text("TABLE_CATALOG"), Text("TABLE_SCHEMA"), Text("TABLE_NAME"), Text("COLUMN_NAME"),
                 Number("ORDINAL_POSITION"), Number("POSITION_IN_UNIQUE_CONSTRAINT", true), Text("REFERENCED_TABLE_SCHEMA", 64, true), Text("REFERENCED_TABLE_NAME", 64, true),
                 Text("REFERENCED_COLUMN_NAME", 64, true)],
                KeyColumnUsageRows),
            new("TABLE_CONSTRAINTS",
                [Text("CONSTRAINT_CATALOG"), Text("CONSTRAINT_SCHEMA"), Text("CONSTRAINT_NAME"), Text("TABLE_SCHEMA"), Text("TABLE_NAME"), Text("CONSTRAINT_TYPE", 11), Text("ENFORCED", 3)],
                ctx => AllTables(ctx).SelectMany(t => t.Indexes.Where(i => i.IsUnique).Select(i =>
                    new[] { S("def"), S(t.Schema), S(i.Name), S(t.Schema), S(t.Name), S(i.IsPrimary ? "PRIMARY KEY" : "UNIQUE"), S("YES") })).ToList()),
            new("VIEWS",
                [Text("TABLE_CATALOG"), Text("TABLE_SCHEMA"), Text("TABLE_NAME"), Text("VIEW_DEFINITION", 65535), Text("CHECK_OPTION", 8), Text("IS_UPDATABLE", 3),
                 Text("DEFINER", 288), Text("SECURITY_TYPE", 7), Text("CHARACTER_SET_CLIENT"), Text("COLLATION_CONNECTION")],
                ctx => ctx.Catalog.AllViews.Select(v => new[] { S("def"), S(v.Schema), S(v.Name), S(v.DefinitionSql), S("NONE"), S("YES"), S(v.Definer), S(v.SqlSecurity), S("utf8mb4"), S("utf8mb4_0900_ai_ci") }).ToList()),
            new("ENGINES",
                [Text("ENGINE"), Text("SUPPORT", 8), Text("COMMENT", 80), Text("TRANSACTIONS", 3, true), Text("XA", 3, true), Text("SAVEPOINTS", 3, true)],
                _ => [[S("InnoDB"), S("DEFAULT"), S("Supports transactions, row-level locking, and foreign keys"), S("YES"), S("NO"), S("YES")]]),
            new("CHARACTER_SETS",
                [Text("CHARACTER_SET_NAME"), Text("DEFAULT_COLLATE_NAME"), Text("DESCRIPTION", 2048), Number("MAXLEN")],
                _ => Collation.All.Where(c => c.IsDefaultForCharset).Select(c => new[] { S(c.Charset), S(c.Name), S(CharsetDescription(c.Charset)), N(c.MaxBytesPerChar) }).ToList()),
            new("COLLATIONS",
                [Text("COLLATION_NAME"), Text("CHARACTER_SET_NAME"), Number("ID"), Text("IS_DEFAULT", 3), Text("IS_COMPILED", 3), Number("SORTLEN"), Text("PAD_ATTRIBUTE", 9)],
                _ => Collation.All.Select(c => new[] { S(c.Name), S(c.Charset), N(c.Id), S(c.IsDefaultForCharset ? "Yes" : ""), S("Yes"), N(c.IsBinary ? 1 : 0), S(c.PadSpace ? "PAD SPACE" : "NO PAD") }).ToList()),
            new("PROCESSLIST",
                [Number("ID"), Text("USER", 32), Text("HOST", 261), Text("DB", 64, true), Text("COMMAND", 16), new("TIME", new ColumnType(SqlTypeKind.Int, Length: 7), Core.Results.ColumnFlags.NotNull),
                 Text("STATE", 64, true), Text("INFO", 65535, true)],
                ctx => ctx.Session.Engine.ProcessListRows()),
            new("SESSION_VARIABLES", [Text("VARIABLE_NAME"), Text("VARIABLE_VALUE", 1024, true)],
                ctx => ctx.Session.Variables.Snapshot().OrderBy(v => v.Def.Name, StringComparer.Ordinal).Select(v => new[] { S(v.Def.Name), S(VariableValues.Display(v.Def, v.Value)) }).ToList()),
            new("GLOBAL_VARIABLES", [Text("VARIABLE_NAME"), Text("VARIABLE_VALUE", 1024, true)],
                ctx => ctx.Session.Engine.GlobalVariables.Snapshot().OrderBy(v => v.Def.Name, StringComparer.Ordinal).Select(v => new[] { S(v.Def.Name), S(VariableValues.Display(v.Def, v.Value)) }).ToList()),
            new("ROUTINES",
                [Text("SPECIFIC_NAME"), Text("ROUTINE_CATALOG"), Text("ROUTINE_SCHEMA"), Text("ROUTINE_NAME"), Text("ROUTINE_TYPE", 9)],
                _ => []),
            new("TRIGGERS",
                [Text("TRIGGER_CATALOG"), Text("TRIGGER_SCHEMA"), Text("TRIGGER_NAME"), Text("EVENT_MANIPULATION", 6), Text("EVENT_OBJECT_SCHEMA"), Text("EVENT_OBJECT_TABLE")],
                _ => []),
        };
        return list.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    public static string CharsetDescription(string charset) => charset switch
    {
        "utf8mb4" => "UTF-8 Unicode",
        "utf8mb3" => "UTF-8 Unicode",
        "latin1" => "cp1252 West European",
        "ascii" => "US ASCII",
        "binary" => "Binary pseudo charset",
        _ => charset,
    };

    private static IEnumerable<DatabaseDef> AllDatabases(QueryContext ctx)
    {
        yield return new DatabaseDef("information_schema", Collation.Utf8mb3_general_ci);
        foreach (var d in ctx.Catalog.Databases.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            yield return d;
        }
    }

    private static IEnumerable<TableDef> AllTables(QueryContext ctx) => ctx.Catalog.AllTables.OrderBy(t => t.Schema, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal);

    private static List<SqlValue[]> TablesRows(QueryContext ctx)
    {
        var rows = new List<SqlValue[]>();
        foreach (var name in Names.OrderBy(n => n, StringComparer.Ordinal))
        {
            rows.Add([S("def"), S("information_schema"), S(name), S("SYSTEM VIEW"), SqlValue.Null, N(10), SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null,
                SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, S(""), S("")]);
        }
        foreach (var t in AllTables(ctx))
        {
            var stats = ctx.Storage.GetStatistics(t);
            rows.Add([S("def"), S(t.Schema), S(t.Name), S("BASE TABLE"), S(t.Options.Engine), N(10), S(t.Options.RowFormat), N(stats.Rows),
                N(stats.Rows == 0 ? 0 : stats.DataLength / stats.Rows), N(stats.DataLength), N(0), N(stats.IndexLength), N(0),
                stats.AutoIncrement is ulong ai ? SqlValue.FromUInt(ai) : SqlValue.Null, SqlValue.FromDateTime(MySqlDateTime.FromDateTime(t.CreateTime)),
                stats.UpdateTime is DateTime ut ? SqlValue.FromDateTime(MySqlDateTime.FromDateTime(ut)) : SqlValue.Null, SqlValue.Null, S(t.Options.Collation.Name),
                SqlValue.Null, S(""), S(t.Options.Comment)]);
        }
        foreach (var v in ctx.Catalog.AllViews)
        {
            rows.Add([S("def"), S(v.Schema), S(v.Name), S("VIEW"), SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null,
                SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, S("VIEW")]);
        }
        return rows;
    }

    private static List<SqlValue[]> ColumnsRows(QueryContext ctx)
    {
        var rows = new List<SqlValue[]>();
        foreach (var t in AllTables(ctx))
        {
            for (int i = 0; i < t.Columns.Count; i++)
            {
                var c = t.Columns[i];
                var type = c.Type;
                bool isText = type.IsString;
                var info = Catalog.TableInfo.Of(t);
                rows.Add([S("def"), S(t.Schema), S(t.Name), S(c.Name), N(i + 1), c.DefaultSql is null ? SqlValue.Null : S(TypeNames.DefaultText(c)),
                    S(c.Nullable ? "YES" : "NO"), S(TypeNames.DataType(type)),
                    isText || type.IsBinary ? N(type.Length) : SqlValue.Null,
                    isText ? N((long)type.Length * type.EffectiveCollation.MaxBytesPerChar) : type.IsBinary ? N(type.Length) : SqlValue.Null,
                    type.IsNumeric ? N(TypeNames.NumericPrecision(type)) : SqlValue.Null,
                    type.IsNumeric && type.Kind is not (SqlTypeKind.Float or SqlTypeKind.Double) ? N(type.Kind == SqlTypeKind.Decimal ? type.Scale : 0) : SqlValue.Null,
                    type.IsTemporal && type.Kind != SqlTypeKind.Date ? N(type.Scale) : SqlValue.Null,
                    isText ? S(type.EffectiveCollation.Charset) : SqlValue.Null, isText ? S(type.EffectiveCollation.Name) : SqlValue.Null,
                    S(TypeNames.ColumnType(type)), S(TypeNames.ColumnKey(info.Flags[i])), S(TypeNames.Extra(c)), S("select,insert,update,references"), S(c.Comment),
                    S(c.GeneratedSql ?? ""), SqlValue.Null]);
            }
        }
        return rows;
    }

    private static List<SqlValue[]> StatisticsRows(QueryContext ctx)
    {
        var rows = new List<SqlValue[]>();
        foreach (var t in AllTables(ctx))
        {
            foreach (var index in t.Indexes)
            {
                for (int p = 0; p < index.Parts.Count; p++)
                {
                    var part = index.Parts[p];
                    var column = t.Columns[part.ColumnOrdinal];
                    rows.Add([S("def"), S(t.Schema), S(t.Name), N(index.IsUnique ? 0 : 1), S(t.Schema), S(index.Name), N(p + 1), S(column.Name),
                        S(part.Descending ? "D" : "A"), N(0), part.PrefixLength > 0 ? N(part.PrefixLength) : SqlValue.Null, SqlValue.Null,
                        S(column.Nullable ? "YES" : ""), S("BTREE"), S(""), S(index.Comment), S(index.Visible ? "YES" : "NO"), SqlValue.Null]);
                }
            }
        }
        return rows;
    }

    private static List<SqlValue[]> KeyColumnUsageRows(QueryContext ctx)
    {
        var rows = new List<SqlValue[]>();
        foreach (var t in AllTables(ctx))
        {
            foreach (var index in t.Indexes.Where(i => i.IsUnique))
            {
                for (int p = 0; p < index.Parts.Count; p++)
                {
                    rows.Add([S("def"), S(t.Schema), S(index.Name), S("def"), S(t.Schema), S(t.Name), S(t.Columns[index.Parts[p].ColumnOrdinal].Name), N(p + 1),
                        SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null]);
                }
            }
            foreach (var fk in t.ForeignKeys)
            {
                for (int p = 0; p < fk.Columns.Count; p++)
                {
                    rows.Add([S("def"), S(t.Schema), S(fk.Name), S("def"), S(t.Schema), S(t.Name), S(fk.Columns[p]), N(p + 1), N(p + 1),
                        S(fk.ReferencedSchema), S(fk.ReferencedTable), S(p < fk.ReferencedColumns.Count ? fk.ReferencedColumns[p] : "")]);
                }
            }
        }
        return rows;
    }
}
