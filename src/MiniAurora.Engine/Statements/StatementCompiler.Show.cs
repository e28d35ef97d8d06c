using System.Globalization;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Catalog;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Sessions.Variables;
using MiniAurora.Engine.SystemTables;
using MiniAurora.Engine.Values;
using MiniAurora.Sql.Ast.Statements;
using MiniAurora.Storage.Catalog;
using static MiniAurora.Engine.Statements.ResultWriter;
using AstScope = MiniAurora.Sql.Ast.VariableScope;

namespace MiniAurora.Engine.Statements;

internal static partial class StatementCompiler
{
    private static ValueTask<OkResult?> ShowAsync(ShowStatement show, QueryContext ctx, IResultSink sink, bool more, CancellationToken ct)
    {
        var session = ctx.Session;
        var catalog = ctx.Catalog;
        switch (show.Kind)
        {
            case ShowKind.Databases:
                {
                    var names = new List<string> { "information_schema" };
                    names.AddRange(catalog.Databases.Select(d => d.Name));
                    names.Sort(StringComparer.Ordinal);
                    string title = show.Filter?.Like is string l ? $"Database ({l})" : "Database";
                    return WriteAsync(ctx, sink, [Text(title)], names.Select(n => new[] { S(n) }), more, ct, show.Filter);
                }
            case ShowKind.Tables:
                {
                    var db = show.Database ?? session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
                    var rows = new List<(string Name, string Type)>();
                    if (string.Equals(db, "information_schema", StringComparison.OrdinalIgnoreCase))
                    {
                        rows.AddRange(InformationSchema.Names.Select(n => (n, "SYSTEM VIEW")));
                    }
                    else
                    {
                        if (!catalog.TryGetDatabase(db, out _))
                        {
                            throw MySqlErrors.BadDbError(db);
                        }
                        rows.AddRange(catalog.GetTables(db).Select(t => (t.Name, "BASE TABLE")));
                        rows.AddRange(catalog.GetViews(db).Select(v => (v.Name, "VIEW")));
                    }
                    rows.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                    string title = "Tables_in_" + db + (show.Filter?.Like is string l ? $" ({l})" : "");
                    if (show.Full)
                    {
                        return WriteAsync(ctx, sink, [Text(title), Text("Table_type")], rows.Select(r => new[] { S(r.Name), S(r.Type) }), more, ct, show.Filter);
                    }
                    return WriteAsync(ctx, sink, [Text(title)], rows.Select(r => new[] { S(r.Name) }), more, ct, show.Filter);
                }
            case ShowKind.Columns:
                return ShowColumnsAsync(show, ctx, sink, more, ct);
            case ShowKind.Index:
                {
                    var table = FindTable(ctx, show.Target!, show.Database);
                    var columns = new[]
                    {
                        Text("Table"), Number("Non_unique"), Text("Key_name"), Number("Seq_in_index"), Text("Column_name", 64, true), Text("Collation", 1, true),
                        Number("Cardinality", true), Number("Sub_part", true), Text("Packed", 10, true), Text("Null", 3), Text("Index_type", 11), Text("Comment", 8),
                        Text("Index_comment", 2048), Text("Visible", 3), Text("Expression", 64, true),
                    };
                    var stats = ctx.Storage.GetStatistics(table);
                    var rows = table.Indexes.SelectMany(i => i.Parts.Select((p, k) => new[]
                    {
                        S(table.Name), N(i.IsUnique ? 0 : 1), S(i.Name), N(k + 1), S(table.Columns[p.ColumnOrdinal].Name), S(p.Descending ? "D" : "A"), N(stats.Rows),
                        p.PrefixLength > 0 ? N(p.PrefixLength) : SqlValue.Null, SqlValue.Null, S(table.Columns[p.ColumnOrdinal].Nullable ? "YES" : ""), S("BTREE"), S(""),
                        S(i.Comment), S(i.Visible ? "YES" : "NO"), SqlValue.Null,
                    })).ToList();
                    return WriteAsync(ctx, sink, columns, rows, more, ct, show.Filter?.Where is null ? null : show.Filter);
                }
            case ShowKind.CreateTable:
                {
                    var table = FindTable(ctx, show.Target!, null);
                    var text = ShowCreate.Table(table, ctx.Storage.GetStatistics(table).AutoIncrement);
                    return WriteAsync(ctx, sink, [Text("Table"), Text("Create Table", 1024)], [[S(table.Name), S(text)]], more, ct);
                }
            case ShowKind.CreateDatabase:
                {
                    var name = show.Target?.Name ?? show.Database ?? show.Name ?? throw MySqlErrors.NoDbError();
                    if (!catalog.TryGetDatabase(name, out var db))
                    {
                        throw MySqlErrors.BadDbError(name);
                    }
                    return WriteAsync(ctx, sink, [Text("Database"), Text("Create Database", 1024)], [[S(db.Name), S(ShowCreate.Database(db))]], more, ct);
                }
            case ShowKind.CreateView:
                {
                    var db = show.Target!.Schema ?? session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
                    if (!catalog.TryGetView(db, show.Target.Name, out var view))
                    {
                        throw MySqlErrors.NoSuchTable(db, show.Target.Name);
                    }
                    var text = $"CREATE ALGORITHM={view.Algorithm} DEFINER={view.Definer} SQL SECURITY {view.SqlSecurity} VIEW {ShowCreate.Quote(view.Name)} AS {view.DefinitionSql}";
                    return WriteAsync(ctx, sink, [Text("View"), Text("Create View", 1024), Text("character_set_client"), Text("collation_connection")],
                        [[S(view.Name), S(text), S("utf8mb4"), S("utf8mb4_0900_ai_ci")]], more, ct);
                }
            case ShowKind.Variables:
                {
                    bool global = show.Scope == AstScope.Global;
                    var source = global ? session.Engine.GlobalVariables.Snapshot() : session.Variables.Snapshot();
                    var rows = source.OrderBy(v => v.Def.Name, StringComparer.Ordinal).Select(v => new[] { S(v.Def.Name), S(VariableValues.Display(v.Def, v.Value)) });
                    return WriteAsync(ctx, sink, [Text("Variable_name"), Text("Value", 1024, true)], rows, more, ct, show.Filter);
                }
            case ShowKind.Status:
                {
                    var engine = session.Engine;
                    var uptime = (long)(engine.Time.GetUtcNow() - engine.StartTime).TotalSeconds;
                    var rows = new List<SqlValue[]>
                    {
                        new[] { S("Aborted_clients"), S("0") },
                        new[] { S("Aborted_connects"), S("0") },
                        new[] { S("Com_commit"), S("0") },
                        new[] { S("Connections"), S(engine.Sessions.Count.ToString(CultureInfo.InvariantCulture)) },
                        new[] { S("Innodb_buffer_pool_pages_total"), S("8192") },
                        new[] { S("Max_used_connections"), S(engine.Sessions.Count.ToString(CultureInfo.InvariantCulture)) },
                        new[] { S("Open_tables"), S(catalog.AllTables.Count().ToString(CultureInfo.InvariantCulture)) },
                        new[] { S("Queries"), S("0") },
                        new[] { S("Questions"), S("0") },
                        new[] { S("Ssl_cipher"), S("") },
                        new[] { S("Threads_connected"), S(engine.Sessions.Count.ToString(CultureInfo.InvariantCulture)) },
                        new[] { S("Threads_running"), S("1") },
                        new[] { S("Uptime"), S(uptime.ToString(CultureInfo.InvariantCulture)) },
                    };
                    return WriteAsync(ctx, sink, [Text("Variable_name"), Text("Value", 1024, true)], rows, more, ct, show.Filter);
                }
            case ShowKind.Warnings:
            case ShowKind.Errors:
                {
                    var warnings = ctx.Eval.Warnings.Where(w => show.Kind == ShowKind.Warnings || w.Level == SqlWarningLevel.Error).ToList();
                    if (show.CountOnly)
                    {
                        var name = show.Kind == ShowKind.Warnings ? "@@session.warning_count" : "@@session.error_count";
                        return WriteAsync(ctx, sink, [SignedNumber(name)], [[SqlValue.FromInt(show.Kind == ShowKind.Warnings ? ctx.Eval.WarningCount : warnings.Count)]], more, ct);
                    }
                    IEnumerable<SqlWarning> list = warnings;
                    if (show.Limit is not null)
                    {
                        var binder = new Binding.Binder(session.Engine, catalog, session.CurrentDatabase, "");
                        long count = ValueConversion.ToInt64(binder.Bind(show.Limit.Count, null, "LIMIT").Evaluate(ctx.Eval), null);
                        long offset = show.Limit.Offset is null ? 0 : ValueConversion.ToInt64(binder.Bind(show.Limit.Offset, null, "LIMIT").Evaluate(ctx.Eval), null);
                        list = list.Skip((int)offset).Take((int)Math.Min(count, int.MaxValue));
                    }
                    var columns = new[] { Text("Level", 7), new ResultColumn("Code", new ColumnType(SqlTypeKind.Int, Unsigned: true, Length: 4), ColumnFlags.NotNull | ColumnFlags.Unsigned | ColumnFlags.Binary), Text("Message", 512) };
                    return WriteAsync(ctx, sink, columns, list.Select(w => new[] { S(w.LevelName), SqlValue.FromUInt((ulong)(int)w.Code), S(w.Message) }).ToList(), more, ct);
                }
            case ShowKind.Processlist:
                {
                    var columns = new[] { Number("Id"), Text("User", 32), Text("Host", 261), Text("db", 64, true), Text("Command", 16), SignedNumber("Time"), Text("State", 30, true), Text("Info", show.Full ? 65535 : 100, true) };
                    var rows = session.Engine.ProcessListRows();
                    if (!show.Full)
                    {
                        foreach (var r in rows)
                        {
                            if (!r[7].IsNull && r[7].AsString.Length > 100)
                            {
                                r[7] = S(r[7].AsString[..100]);
                            }
                        }
                    }
                    return WriteAsync(ctx, sink, columns, rows, more, ct);
                }
            case ShowKind.Engines:
                return WriteAsync(ctx, sink, [Text("Engine"), Text("Support", 8), Text("Comment", 80), Text("Transactions", 3, true), Text("XA", 3, true), Text("Savepoints", 3, true)],
                    [[S("InnoDB"), S("DEFAULT"), S("Supports transactions, row-level locking, and foreign keys"), S("YES"), S("NO"), S("YES")]], more, ct, show.Filter);
            case ShowKind.Charset:
                return WriteAsync(ctx, sink, [Text("Charset"), Text("Description", 2048), Text("Default collation"), Number("Maxlen")],
                    Collation.All.Where(c => c.IsDefaultForCharset).OrderBy(c => c.Charset, StringComparer.Ordinal)
                        .Select(c => new[] { S(c.Charset), S(InformationSchema.CharsetDescription(c.Charset)), S(c.Name), N(c.MaxBytesPerChar) }), more, ct, show.Filter);
            case ShowKind.Collation:
                return WriteAsync(ctx, sink, [Text("Collation"), Text("Charset"), Number("Id"), Text("Default", 3), Text("Compiled", 3), Number("Sortlen"), Text("Pad_attribute", 9)],
                    Collation.All.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new[]
                    {
                        S(c.Name), S(c.Charset), N(c.Id), S(c.IsDefaultForCharset ? "Yes" : ""), S("Yes"), N(c.IsBinary ? 1 : 0), S(c.PadSpace ? "PAD SPACE" : "NO PAD"),
                    }), more, ct, show.Filter);
            case ShowKind.TableStatus:
                {
                    var db = show.Database ?? session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
                    var columns = new[]
                    {
                        Text("Name"), Text("Engine", 64, true), Number("Version", true), Text("Row_format", 10, true), Number("Rows", true), Number("Avg_row_length", true),
                        Number("Data_length", true), Number("Max_data_length", true), Number("Index_length", true), Number("Data_free", true), Number("Auto_increment", true),
                        VirtualTable.Time("Create_time"), VirtualTable.Time("Update_time"), VirtualTable.Time("Check_time"), Text("Collation", 64, true), Number("Checksum", true),
                        Text("Create_options", 256, true), Text("Comment", 2048),
                    };
                    var rows = catalog.GetTables(db).OrderBy(t => t.Name, StringComparer.Ordinal).Select(t =>
                    {
                        var st = ctx.Storage.GetStatistics(t);
                        return new[]
                        {
                            S(t.Name), S(t.Options.Engine), N(10), S(t.Options.RowFormat), N(st.Rows), N(st.Rows == 0 ? 0 : st.DataLength / st.Rows), N(st.DataLength), N(0),
                            N(st.IndexLength), N(0), st.AutoIncrement is ulong ai ? SqlValue.FromUInt(ai) : SqlValue.Null,
                            SqlValue.FromDateTime(MySqlDateTime.FromDateTime(t.CreateTime)), st.UpdateTime is DateTime u ? SqlValue.FromDateTime(MySqlDateTime.FromDateTime(u)) : SqlValue.Null,
                            SqlValue.Null, S(t.Options.Collation.Name), SqlValue.Null, S(""), S(t.Options.Comment),
                        };
                    }).ToList();
                    return WriteAsync(ctx, sink, columns, rows, more, ct, show.Filter);
                }
            case ShowKind.Grants:
                {
                    var user = show.ForUser?.User ?? session.User;
                    var host = show.ForUser?.Host ?? session.Host;
                    return WriteAsync(ctx, sink, [Text($"Grants for {user}@{host}", 1024)],
                        [[S($"GRANT ALL PRIVILEGES ON *.* TO `{user}`@`{host}` WITH GRANT OPTION")]], more, ct);
                }
            case ShowKind.Triggers:
                return WriteAsync(ctx, sink, [Text("Trigger"), Text("Event"), Text("Table"), Text("Statement", 1024), Text("Timing"), VirtualTable.Time("Created"), Text("sql_mode", 1024),
                    Text("Definer", 288), Text("character_set_client"), Text("collation_connection"), Text("Database Collation")],
                    Routines.RoutineShow.TriggerRows(catalog, show.Database ?? session.CurrentDatabase ?? throw MySqlErrors.NoDbError())
                        .Where(r => show.Filter?.Like is not string like || LikeMatcher.Matches(r[2].AsString, like, '\\', Collation.Utf8mb4_0900_ai_ci)).ToList(), more, ct);
            case ShowKind.ProcedureStatus:
            case ShowKind.FunctionStatus:
                return WriteAsync(ctx, sink, [Text("Db"), Text("Name"), Text("Type", 9), Text("Definer", 288), VirtualTable.Time("Modified"), VirtualTable.Time("Created"),
                    Text("Security_type", 7), Text("Comment", 1024), Text("character_set_client"), Text("collation_connection"), Text("Database Collation")],
                    Routines.RoutineShow.StatusRows(catalog, show.Kind == ShowKind.FunctionStatus)
                        .Where(r => show.Filter?.Like is not string like || LikeMatcher.Matches(r[1].AsString, like, '\\', Collation.Utf8mb4_0900_ai_ci)).ToList(), more, ct);
            case ShowKind.CreateProcedure:
            case ShowKind.CreateFunction:
                {
                    bool fn = show.Kind == ShowKind.CreateFunction;
                    var db = show.Target!.Schema ?? session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
                    var obj = Routines.RoutineShow.Find(catalog, fn ? CatalogObjectKind.Function : CatalogObjectKind.Procedure, db, show.Target.Name);
                    return WriteAsync(ctx, sink, [Text(fn ? "Function" : "Procedure"), Text("sql_mode", 1024), Text(fn ? "Create Function" : "Create Procedure", 1024, true),
                        Text("character_set_client"), Text("collation_connection"), Text("Database Collation")],
                        [[S(obj.Name), S(obj.SqlMode), S(Routines.RoutineShow.CreateText(obj)), S("utf8mb4"), S("utf8mb4_0900_ai_ci"), S("utf8mb4_0900_ai_ci")]], more, ct);
                }
            case ShowKind.CreateTrigger:
                {
                    var db = show.Target!.Schema ?? session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
                    var obj = Routines.RoutineShow.Find(catalog, CatalogObjectKind.Trigger, db, show.Target.Name);
                    return WriteAsync(ctx, sink, [Text("Trigger"), Text("sql_mode", 1024), Text("SQL Original Statement", 1024), Text("character_set_client"), Text("collation_connection"),
                        Text("Database Collation"), VirtualTable.Time("Created")],
                        [[S(obj.Name), S(obj.SqlMode), S(Routines.RoutineShow.CreateText(obj)), S("utf8mb4"), S("utf8mb4_0900_ai_ci"), S("utf8mb4_0900_ai_ci"),
                          SqlValue.FromDateTime(MySqlDateTime.FromDateTime(obj.Created))]], more, ct);
                }
            case ShowKind.Plugins:
                return WriteAsync(ctx, sink, [Text("Name"), Text("Status", 10), Text("Type", 80), Text("Library", 1024, true), Text("License", 80)],
                    [[S("mysql_native_password"), S("ACTIVE"), S("AUTHENTICATION"), SqlValue.Null, S("GPL")], [S("caching_sha2_password"), S("ACTIVE"), S("AUTHENTICATION"), SqlValue.Null, S("GPL")],
                     [S("InnoDB"), S("ACTIVE"), S("STORAGE ENGINE"), SqlValue.Null, S("GPL")]], more, ct, show.Filter);
            case ShowKind.MasterStatus:
                return WriteAsync(ctx, sink, [Text("File"), Number("Position"), Text("Binlog_Do_DB"), Text("Binlog_Ignore_DB"), Text("Executed_Gtid_Set")], [], more, ct);
            case ShowKind.BinaryLogs:
                return WriteAsync(ctx, sink, [Text("Log_name"), Number("File_size"), Text("Encrypted", 3)], [], more, ct);
            case ShowKind.OpenTables:
                return WriteAsync(ctx, sink, [Text("Database"), Text("Table"), Number("In_use"), Number("Name_locked")], [], more, ct);
            case ShowKind.Events:
                return WriteAsync(ctx, sink, [Text("Db"), Text("Name"), Text("Definer", 288)], [], more, ct);
            case ShowKind.Privileges:
                return WriteAsync(ctx, sink, [Text("Privilege"), Text("Context"), Text("Comment")], [], more, ct);
            default:
                throw MySqlErrors.NotSupportedYet("SHOW " + show.Kind.ToString().ToUpperInvariant());
        }
    }

    private static TableDef FindTable(QueryContext ctx, Sql.Ast.ObjectName name, string? database)
    {
        var db = database ?? name.Schema ?? ctx.Session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
        if (!ctx.Catalog.TryGetTable(db, name.Name, out var table))
        {
            throw MySqlErrors.NoSuchTable(db, name.Name);
        }
        return table;
    }

    private static ValueTask<OkResult?> ShowColumnsAsync(ShowStatement show, QueryContext ctx, IResultSink sink, bool more, CancellationToken ct)
    {
        var rows = ColumnRows(ctx, show.Target!, show.Database, show.Full, out var columns);
        return WriteAsync(ctx, sink, columns, rows, more, ct, show.Filter);
    }

    /// <summary>Rows of SHOW [FULL] COLUMNS / DESCRIBE (also used by COM_FIELD_LIST).</summary>
    internal static List<SqlValue[]> ColumnRows(QueryContext ctx, Sql.Ast.ObjectName target, string? database, bool full, out ResultColumn[] columns)
    {
        var table = FindTable(ctx, target, database);
        var info = TableInfo.Of(table);
        columns = full
            ? [Text("Field"), Text("Type", 1024), Text("Collation", 64, true), Text("Null", 3), Text("Key", 3), Text("Default", 1024, true), Text("Extra", 256), Text("Privileges", 154), Text("Comment", 1024)]
            : [Text("Field"), Text("Type", 1024), Text("Null", 3), Text("Key", 3), Text("Default", 1024, true), Text("Extra", 256)];
        var rows = new List<SqlValue[]>();
        for (int i = 0; i < table.Columns.Count; i++)
        {
            var c = table.Columns[i];
            var def = c.DefaultSql is null || c.DefaultSql == "NULL" ? SqlValue.Null : S(TypeNames.DefaultText(c));
            var key = S(TypeNames.ColumnKey(info.Flags[i]));
            if (full)
            {
                rows.Add([S(c.Name), S(TypeNames.ColumnType(c.Type)), c.Type.IsString ? S(c.Type.EffectiveCollation.Name) : SqlValue.Null, S(c.Nullable ? "YES" : "NO"), key, def,
                    S(TypeNames.Extra(c)), S("select,insert,update,references"), S(c.Comment)]);
            }
            else
            {
                rows.Add([S(c.Name), S(TypeNames.ColumnType(c.Type)), S(c.Nullable ? "YES" : "NO"), key, def, S(TypeNames.Extra(c))]);
            }
        }
        return rows;
    }
}
