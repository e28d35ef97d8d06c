using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Binding;
using MiniAurora.Engine.Catalog;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Sessions;
using MiniAurora.Sql.Ast;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Statements;
using MiniAurora.Storage;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Catalog.Changes;

namespace MiniAurora.Engine.Statements;

internal static partial class StatementCompiler
{
    private static CompiledStatement CompileDdl(Session session, Binder binder, Statement statement, long version)
    {
        Func<QueryContext, CancellationToken, ValueTask<OkResult>> run = statement switch
        {
            CreateDatabaseStatement s => (ctx, ct) => CreateDatabaseAsync(s, ctx, ct),
            DropDatabaseStatement s => (ctx, ct) => DropDatabaseAsync(s, ctx, ct),
            AlterDatabaseStatement s => (ctx, ct) => AlterDatabaseAsync(s, ctx, ct),
            CreateTableStatement s => (ctx, ct) => CreateTableAsync(s, binder, ctx, ct),
            DropTableStatement s => (ctx, ct) => DropTableAsync(s, ctx, ct),
            CreateIndexStatement s => (ctx, ct) => AlterTableAsync(new AlterTableStatement(s.Table, SqlList.Of<AlterTableAction>(new AddConstraintAction(s.Index))), binder, ctx, ct),
            DropIndexStatement s => (ctx, ct) => AlterTableAsync(new AlterTableStatement(s.Table, SqlList.Of<AlterTableAction>(new DropConstraintAction(DropConstraintKind.Index, s.Name))), binder, ctx, ct),
            AlterTableStatement s => (ctx, ct) => AlterTableAsync(s, binder, ctx, ct),
            TruncateTableStatement s => (ctx, ct) => ApplyAsync(ctx, ct, ctx2 =>
            {
                var t = FindTable(ctx2, s.Table, null);
                return [new TruncateTable(t.Schema, t.Name)];
            }),
            RenameTableStatement s => (ctx, ct) => ApplyAsync(ctx, ct, ctx2 => s.Pairs.Select(p =>
            {
                var t = FindTable(ctx2, p.From, null);
                var db = p.To.Schema ?? ctx2.Session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
                if (ctx2.Catalog.TryGetTable(db, p.To.Name, out _))
                {
                    throw MySqlErrors.TableExistsError(p.To.Name);
                }
                return (CatalogChange)new RenameTable(t.Schema, t.Name, db, p.To.Name);
            }).ToList()),
            CreateViewStatement s => (ctx, ct) => ApplyAsync(ctx, ct, ctx2 =>
            {
                var db = s.Name.Schema ?? ctx2.Session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
                if (ctx2.Catalog.TryGetTable(db, s.Name.Name, out _) || (!s.OrReplace && !s.IsAlter && ctx2.Catalog.TryGetView(db, s.Name.Name, out _)))
                {
                    throw MySqlErrors.TableExistsError(s.Name.Name);
                }
                var check = new Binder(ctx2.Session.Engine, ctx2.Catalog, db, s.QueryText);
                check.BindQuery(s.Query, null);
                var definer = s.Definer is null ? $"`{ctx2.Session.User}`@`{ctx2.Session.Host}`" : $"`{s.Definer.User}`@`{s.Definer.Host}`";
                return [new CreateView(new ViewDef(db, s.Name.Name, s.QueryText, s.Columns, s.Algorithm ?? "UNDEFINED", definer,
                    s.SecurityDefiner == false ? "INVOKER" : "DEFINER"), s.OrReplace || s.IsAlter)];
            }),
            DropViewStatement s => (ctx, ct) => ApplyAsync(ctx, ct, ctx2 =>
            {
                var changes = new List<CatalogChange>();
                foreach (var v in s.Views)
                {
                    var db = v.Schema ?? ctx2.Session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
                    if (!ctx2.Catalog.TryGetView(db, v.Name, out _))
                    {
                        if (s.IfExists)
                        {
                            ctx2.Eval.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_BAD_TABLE_ERROR).Note(db + "." + v.Name));
                            continue;
                        }
                        throw MySqlErrors.BadTableError(db + "." + v.Name);
                    }
                    changes.Add(new DropView(db, v.Name));
                }
                return changes;
            }),
            _ => throw MySqlErrors.NotSupportedYet(statement.GetType().Name.Replace("Statement", "", StringComparison.Ordinal)),
        };
        return Utility(statement, version, 0, [], true, StatementClass.Control, async (ctx, sink, more, ct) => await run(ctx, ct).ConfigureAwait(false));
    }

    /// <summary>DDL implicitly commits the session's transaction first, as MySQL does.</summary>
    private static async ValueTask<OkResult> ApplyAsync(QueryContext ctx, CancellationToken ct, Func<QueryContext, IReadOnlyList<CatalogChange>> build)
    {
        await ctx.Session.CommitTransactionAsync(ct).ConfigureAwait(false);
        var changes = build(ctx);
        if (changes.Count > 0)
        {
            await ctx.Storage.ApplyDdlAsync(changes, ct).ConfigureAwait(false);
        }
        return new OkResult(0);
    }

    private static async ValueTask<OkResult> CreateDatabaseAsync(CreateDatabaseStatement s, QueryContext ctx, CancellationToken ct)
    {
        await ctx.Session.CommitTransactionAsync(ct).ConfigureAwait(false);
        if (ctx.Catalog.TryGetDatabase(s.Name, out _) || string.Equals(s.Name, "information_schema", StringComparison.OrdinalIgnoreCase))
        {
            if (s.IfNotExists)
            {
                ctx.Eval.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_DB_CREATE_EXISTS).Note(s.Name));
                return new OkResult(0);
            }
            throw MySqlErrors.DbCreateExists(s.Name);
        }
        if (s.Name.Length == 0 || s.Name.Length > 64 || s.Name.EndsWith(' '))
        {
            throw MySqlErrors.WrongDbName(s.Name);
        }
        var collation = ResolveCollation(s.Charset, s.Collation, Collation.Default);
        await ctx.Storage.ApplyDdlAsync(new CreateDatabase(new DatabaseDef(s.Name, collation)), ct).ConfigureAwait(false);
        return new OkResult(1);
    }

    private static Collation ResolveCollation(string? charset, string? collationName, Collation fallback)
    {
        var collation = fallback;
        if (charset is not null && !Collation.TryGetDefaultForCharset(charset, out collation!))
        {
            throw MySqlErrors.UnknownCharacterSet(charset);
        }
        if (collationName is not null)
        {
            if (!Collation.TryGetByName(collationName, out var c))
            {
                throw MySqlErrors.UnknownCollation(collationName);
            }
            if (charset is not null && c.Charset != collation.Charset)
            {
                throw MySqlErrors.CollationCharsetMismatch(collationName, charset);
            }
            collation = c;
        }
        return collation;
    }

    private static async ValueTask<OkResult> DropDatabaseAsync(DropDatabaseStatement s, QueryContext ctx, CancellationToken ct)
    {
        await ctx.Session.CommitTransactionAsync(ct).ConfigureAwait(false);
        if (!ctx.Catalog.TryGetDatabase(s.Name, out var db))
        {
            if (s.IfExists)
            {
                ctx.Eval.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_DB_DROP_EXISTS).Note(s.Name));
                return new OkResult(0);
            }
            throw MySqlErrors.DbDropExists(s.Name);
        }
        int tables = ctx.Catalog.GetTables(db.Name).Count();
        await ctx.Storage.ApplyDdlAsync(new DropDatabase(db.Name), ct).ConfigureAwait(false);
        if (string.Equals(ctx.Session.CurrentDatabase, db.Name, StringComparison.Ordinal))
        {
            ctx.Session.ClearCurrentDatabase();
        }
        return new OkResult((ulong)tables);
    }

    private static async ValueTask<OkResult> AlterDatabaseAsync(AlterDatabaseStatement s, QueryContext ctx, CancellationToken ct)
    {
        var name = s.Name ?? ctx.Session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
        if (!ctx.Catalog.TryGetDatabase(name, out var db))
        {
            throw MySqlErrors.BadDbError(name);
        }
        await ctx.Session.CommitTransactionAsync(ct).ConfigureAwait(false);
        var collation = ResolveCollation(s.Charset, s.Collation, db.DefaultCollation);
        await ctx.Storage.ApplyDdlAsync(new AlterDatabase(db with { DefaultCollation = collation }), ct).ConfigureAwait(false);
        return new OkResult(1);
    }

    private static async ValueTask<OkResult> CreateTableAsync(CreateTableStatement s, Binder binder, QueryContext ctx, CancellationToken ct)
    {
        await ctx.Session.CommitTransactionAsync(ct).ConfigureAwait(false);
        var dbName = s.Name.Schema ?? ctx.Session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
        if (!ctx.Catalog.TryGetDatabase(dbName, out var db))
        {
            throw MySqlErrors.BadDbError(dbName);
        }
        if (ctx.Catalog.TryGetTable(dbName, s.Name.Name, out _) || ctx.Catalog.TryGetView(dbName, s.Name.Name, out _))
        {
            if (s.IfNotExists)
            {
                ctx.Eval.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_TABLE_EXISTS_ERROR).Note(s.Name.Name));
                return new OkResult(0);
            }
            throw MySqlErrors.TableExistsError(s.Name.Name);
        }
        TableDef table;
        SelectPlan? asSelect = null;
        if (s.LikeTable is not null)
        {
            var source = FindTable(ctx, s.LikeTable, null);
            table = source with { Id = 0, Schema = dbName, Name = s.Name.Name, ForeignKeys = SqlList<ForeignKeyDef>.Empty };
        }
        else
        {
            string? charset = null;
            string? collationName = null;
            string engine = "InnoDB";
            string comment = "";
            long autoIncrement = 1;
            string rowFormat = "Dynamic";
            foreach (var o in s.Options)
            {
                switch (o.Name)
                {
                    case "CHARSET": charset = o.Value; break;
                    case "COLLATE": collationName = o.Value; break;
                    case "COMMENT": comment = o.Value; break;
                    case "AUTO_INCREMENT": long.TryParse(o.Value, out autoIncrement); break;
                    case "ROW_FORMAT": rowFormat = char.ToUpperInvariant(o.Value[0]) + o.Value[1..].ToLowerInvariant(); break;
                    case "ENGINE":
                        if (!o.Value.Equals("InnoDB", StringComparison.OrdinalIgnoreCase))
                        {
                            ctx.Eval.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_WARN_USING_OTHER_HANDLER).Warning("InnoDB", s.Name.Name));
                        }
                        break;
                }
            }
            var collation = ResolveCollation(charset, collationName, db.DefaultCollation);
            var builder = new TableBuilder(binder, collation);
            var columnDefs = s.Elements.OfType<ColumnDefinition>().ToList();
            var pkNames = s.Elements.OfType<IndexDefinition>().Where(i => i.Kind == Sql.Ast.Ddl.IndexKind.Primary)
                .SelectMany(i => i.Parts.Select(p => p.Column ?? "")).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var columns = columnDefs.Select(c => builder.BuildColumn(c, pkNames.Contains(c.Name))).ToList();
            if (s.AsQuery is not null)
            {
                asSelect = binder.BindQuery(s.AsQuery, null);
                for (int i = 0; i < asSelect.VisibleWidth; i++)
                {
                    var rc = asSelect.Columns[i];
                    if (columns.Any(c => string.Equals(c.Name, rc.Name, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }
                    var type = rc.Type.Kind == SqlTypeKind.Null ? new ColumnType(SqlTypeKind.Binary, Length: 0, Collation: Collation.Binary) : rc.Type;
                    if (type.IsString && type.Kind == SqlTypeKind.VarChar && type.Length > 16383)
                    {
                        type = ColumnType.LongText;
                    }
                    columns.Add(new ColumnDef(rc.Name, type, asSelect.Nullable[i]));
                }
            }
            var indexes = new List<IndexDef>();
            foreach (var c in columnDefs.Where(c => c.PrimaryKey))
            {
                indexes.Add(TableBuilder.BuildIndex(new IndexDefinition(Sql.Ast.Ddl.IndexKind.Primary, null, SqlList.Of(new Sql.Ast.Ddl.IndexPart(c.Name, null, false))), columns, indexes));
            }
            foreach (var element in s.Elements)
            {
                if (element is IndexDefinition idx)
                {
                    indexes.Add(TableBuilder.BuildIndex(idx, columns, indexes));
                }
            }
            foreach (var c in columnDefs.Where(c => c.Unique))
            {
                indexes.Add(TableBuilder.BuildIndex(new IndexDefinition(Sql.Ast.Ddl.IndexKind.Unique, null, SqlList.Of(new Sql.Ast.Ddl.IndexPart(c.Name, null, false))), columns, indexes));
            }
            TableBuilder.Validate(columns, indexes);
            var checks = new List<CheckConstraintDef>();
            int checkNo = 0;
            foreach (var element in s.Elements.OfType<CheckConstraintDefinition>())
            {
                checks.Add(new CheckConstraintDef(element.Name ?? $"{s.Name.Name}_chk_{++checkNo}", "(" + (binder.TextOf(element.Condition) ?? "1") + ")", element.Enforced));
            }
            table = new TableDef(0, dbName, s.Name.Name, columns.ToSqlList(), indexes.OrderBy(i => i.IsPrimary ? 0 : 1).ToSqlList(), SqlList<ForeignKeyDef>.Empty,
                checks.ToSqlList(), new TableOptions(engine, collation, comment, autoIncrement, rowFormat), DateTime.UtcNow);
        }
        var after = await ctx.Storage.ApplyDdlAsync(new CreateTable(table), ct).ConfigureAwait(false);
        if (asSelect is null)
        {
            return new OkResult(0);
        }
        // CREATE TABLE ... SELECT: copy the rows in a transaction of their own (the DDL already committed).
        after.TryGetTable(dbName, s.Name.Name, out var created);
        var tx = ctx.Session.BeginStorageTransaction(null, false);
        ulong count = 0;
        try
        {
            tx.BeginStatement();
            var copyContext = new QueryContext(ctx.Session, tx, after, ctx.Eval) { CancellationToken = ct };
            ctx.Eval.Query = copyContext;
            var rows = new List<SqlValue[]>();
            using (var op = asSelect.Plan.Open(copyContext))
            {
                while (await op.MoveNextAsync(ct).ConfigureAwait(false))
                {
                    rows.Add(op.Current);
                }
            }
            int offset = created.Columns.Count - asSelect.VisibleWidth;
            foreach (var source in rows)
            {
                var row = new SqlValue[created.Columns.Count];
                for (int i = 0; i < asSelect.VisibleWidth; i++)
                {
                    int target = created.FindColumn(asSelect.Columns[i].Name);
                    row[target < 0 ? offset + i : target] = Values.StoreConversion.Convert(source[i], created.Columns[target < 0 ? offset + i : target], ctx.Eval, ctx.Eval.Strict);
                }
                await tx.InsertAsync(created, row, InsertFlags.None, ct).ConfigureAwait(false);
                count++;
            }
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            tx.Rollback();
            await ctx.Storage.ApplyDdlAsync(new DropTable(dbName, s.Name.Name), ct).ConfigureAwait(false);
            throw;
        }
        finally
        {
            tx.Dispose();
        }
        return new OkResult(count, 0, $"Records: {count}  Duplicates: 0  Warnings: {ctx.Eval.WarningCount}");
    }

    private static async ValueTask<OkResult> DropTableAsync(DropTableStatement s, QueryContext ctx, CancellationToken ct)
    {
        await ctx.Session.CommitTransactionAsync(ct).ConfigureAwait(false);
        var changes = new List<CatalogChange>();
        var missing = new List<string>();
        foreach (var name in s.Tables)
        {
            var db = name.Schema ?? ctx.Session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
            if (!ctx.Catalog.TryGetTable(db, name.Name, out var t))
            {
                missing.Add(db + "." + name.Name);
                continue;
            }
            changes.Add(new DropTable(t.Schema, t.Name));
            // A table's triggers go with it, as in MySQL.
            changes.AddRange(ctx.Catalog.GetObjects(CatalogObjectKind.Trigger, t.Schema)
                .Where(o => string.Equals(o.Table, t.Name, StringComparison.OrdinalIgnoreCase))
                .Select(o => (CatalogChange)new DropObject(CatalogObjectKind.Trigger, o.Schema, o.Name)));
        }
        if (missing.Count > 0 && !s.IfExists)
        {
            throw MySqlErrors.BadTableError(string.Join(",", missing));
        }
        foreach (var m in missing)
        {
            ctx.Eval.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_BAD_TABLE_ERROR).Note(m));
        }
        if (changes.Count > 0)
        {
            await ctx.Storage.ApplyDdlAsync(changes, ct).ConfigureAwait(false);
        }
        return new OkResult(0);
    }

    private static async ValueTask<OkResult> AlterTableAsync(AlterTableStatement s, Binder binder, QueryContext ctx, CancellationToken ct)
    {
        await ctx.Session.CommitTransactionAsync(ct).ConfigureAwait(false);
        var table = FindTable(ctx, s.Table, null);
        var builder = new TableBuilder(binder, table.Options.Collation);
        var columns = table.Columns.ToList();
        var indexes = table.Indexes.ToList();
        var mapping = Enumerable.Range(0, columns.Count).ToList();
        var extraChanges = new List<CatalogChange>();
        var options = table.Options;
        foreach (var action in s.Actions)
        {
            switch (action)
            {
                case AddConstraintAction { Element: IndexDefinition idx }:
                    indexes.Add(TableBuilder.BuildIndex(idx, columns, indexes));
                    break;
                case AddConstraintAction:
                    break;
                case DropConstraintAction drop when drop.Kind is DropConstraintKind.Index or DropConstraintKind.PrimaryKey or DropConstraintKind.Constraint:
                    {
                        var name = drop.Kind == DropConstraintKind.PrimaryKey ? IndexDef.PrimaryName : drop.Name!;
                        int i = indexes.FindIndex(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase));
                        if (i < 0)
                        {
                            throw MySqlErrors.CantDropFieldOrKey(name);
                        }
                        indexes.RemoveAt(i);
                        break;
                    }
                case AddColumnAction add:
                    foreach (var def in add.Columns)
                    {
                        var column = builder.BuildColumn(def, false);
                        int pos = add.Position is null ? columns.Count : add.Position.First ? 0 : columns.FindIndex(c => string.Equals(c.Name, add.Position.After, StringComparison.OrdinalIgnoreCase)) + 1;
                        if (pos <= 0 && add.Position is { First: false })
                        {
                            throw MySqlErrors.BadFieldError(add.Position.After, table.Name);
                        }
                        columns.Insert(pos, column);
                        mapping.Insert(pos, -1);
                        indexes = indexes.Select(ix => ix with { Parts = ix.Parts.Select(p => p.ColumnOrdinal >= pos ? p with { ColumnOrdinal = p.ColumnOrdinal + 1 } : p).ToSqlList() }).ToList();
                        if (def.PrimaryKey)
                        {
                            indexes.Add(TableBuilder.BuildIndex(new IndexDefinition(Sql.Ast.Ddl.IndexKind.Primary, null, SqlList.Of(new Sql.Ast.Ddl.IndexPart(def.Name, null, false))), columns, indexes));
                        }
                        if (def.Unique)
                        {
                            indexes.Add(TableBuilder.BuildIndex(new IndexDefinition(Sql.Ast.Ddl.IndexKind.Unique, null, SqlList.Of(new Sql.Ast.Ddl.IndexPart(def.Name, null, false))), columns, indexes));
                        }
                    }
                    break;
                case DropColumnAction dropColumn:
                    {
                        int i = columns.FindIndex(c => string.Equals(c.Name, dropColumn.Name, StringComparison.OrdinalIgnoreCase));
                        if (i < 0)
                        {
                            throw MySqlErrors.CantDropFieldOrKey(dropColumn.Name);
                        }
                        if (columns.Count == 1)
                        {
                            throw MySqlErrors.CantRemoveAllFields();
                        }
                        columns.RemoveAt(i);
                        mapping.RemoveAt(i);
                        indexes = indexes.Select(ix => ix with
                        {
                            Parts = ix.Parts.Where(p => p.ColumnOrdinal != i).Select(p => p.ColumnOrdinal > i ? p with { ColumnOrdinal = p.ColumnOrdinal - 1 } : p).ToSqlList(),
                        }).Where(ix => ix.Parts.Count > 0).ToList();
                        break;
                    }
                case ModifyColumnAction modify:
                    {
                        int i = columns.FindIndex(c => string.Equals(c.Name, modify.Column.Name, StringComparison.OrdinalIgnoreCase));
                        if (i < 0)
                        {
                            throw MySqlErrors.BadFieldError(modify.Column.Name, table.Name);
                        }
                        columns[i] = builder.BuildColumn(modify.Column, indexes.Any(x => x.IsPrimary && x.Parts.Any(p => p.ColumnOrdinal == i)));
                        break;
                    }
                case ChangeColumnAction change:
                    {
                        int i = columns.FindIndex(c => string.Equals(c.Name, change.OldName, StringComparison.OrdinalIgnoreCase));
                        if (i < 0)
                        {
                            throw MySqlErrors.BadFieldError(change.OldName, table.Name);
                        }
                        columns[i] = builder.BuildColumn(change.Column, indexes.Any(x => x.IsPrimary && x.Parts.Any(p => p.ColumnOrdinal == i)));
                        break;
                    }
                case RenameColumnAction rename:
                    {
                        int i = columns.FindIndex(c => string.Equals(c.Name, rename.OldName, StringComparison.OrdinalIgnoreCase));
                        if (i < 0)
                        {
                            throw MySqlErrors.BadFieldError(rename.OldName, table.Name);
                        }
                        columns[i] = columns[i] with { Name = rename.NewName };
                        break;
                    }
                case RenameIndexAction renameIndex:
                    {
                        int i = indexes.FindIndex(x => string.Equals(x.Name, renameIndex.OldName, StringComparison.OrdinalIgnoreCase));
                        if (i < 0)
                        {
                            throw MySqlErrors.KeyDoesNotExits(renameIndex.OldName, table.Name);
                        }
                        indexes[i] = indexes[i] with { Name = renameIndex.NewName };
                        break;
                    }
                case RenameTableAction renameTable:
                    extraChanges.Add(new RenameTable(table.Schema, table.Name, renameTable.NewName.Schema ?? table.Schema, renameTable.NewName.Name));
                    break;
                case TableOptionsAction opts:
                    foreach (var o in opts.Options)
                    {
                        if (o.Name == "COMMENT")
                        {
                            options = options with { Comment = o.Value };
                        }
                        else if (o.Name == "AUTO_INCREMENT" && long.TryParse(o.Value, out var ai))
                        {
                            options = options with { AutoIncrementStart = ai };
                        }
                    }
                    break;
                default:
                    break;
            }
        }
        TableBuilder.Validate(columns, indexes);
        var newTable = table with { Columns = columns.ToSqlList(), Indexes = indexes.OrderBy(i => i.IsPrimary ? 0 : 1).ToSqlList(), Options = options };
        bool reshaped = mapping.Count != table.Columns.Count || mapping.Where((m, i) => m != i).Any() || columns.Where((c, i) => mapping[i] >= 0 && c.Type != table.Columns[mapping[i]].Type).Any();
        Func<SqlValue[], SqlValue[]>? mapper = null;
        if (reshaped)
        {
            var defaults = columns.Select(c => c.DefaultSql is null ? (c.Nullable ? SqlValue.Null : InsertCommand.ImplicitDefault(c)) : DefaultValueOf(c)).ToArray();
            var eval = new Expressions.EvaluationContext(NullSession.Instance);
            var map = mapping.ToArray();
            var cols = columns.ToArray();
            mapper = old =>
            {
                var row = new SqlValue[map.Length];
                for (int i = 0; i < map.Length; i++)
                {
                    row[i] = map[i] < 0 ? defaults[i] : Values.StoreConversion.Convert(old[map[i]], cols[i], eval, strict: false);
                }
                return row;
            };
        }
        var changes = new List<CatalogChange> { new AlterTable(newTable, mapper) };
        changes.AddRange(extraChanges);
        await ctx.Storage.ApplyDdlAsync(changes, ct).ConfigureAwait(false);
        return new OkResult(0, 0, "Records: 0  Duplicates: 0  Warnings: 0");
    }

    private static SqlValue DefaultValueOf(ColumnDef column)
    {
        var info = TableInfo.Of(new TableDef(0, "", "", SqlList.Of(column), SqlList<IndexDef>.Empty, SqlList<ForeignKeyDef>.Empty, SqlList<CheckConstraintDef>.Empty, TableOptions.Default, default));
        var expr = info.Defaults[0];
        if (expr is null)
        {
            return SqlValue.Null;
        }
        var eval = new Expressions.EvaluationContext(NullSession.Instance) { StatementTime = DateTime.UtcNow, StatementUtcTime = DateTime.UtcNow };
        var v = expr.Evaluate(eval);
        return v.IsNull ? v : Values.StoreConversion.Convert(v, column, eval, strict: false);
    }
}
