using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Engine.Execution;
using MiniAurora.Sql.Ast.Routines;
using MiniAurora.Storage.Catalog;
using MiniAurora.Storage.Catalog.Changes;

namespace MiniAurora.Engine.Routines;

/// <summary>
/// CREATE/DROP TRIGGER. A trigger is a catalog object (kind Trigger, unique per schema) holding its CREATE text,
/// with <see cref="CatalogObject.Table"/> naming its table and <see cref="CatalogObject.Order"/> its firing order
/// among triggers of the same table, timing and event (spaced so FOLLOWS/PRECEDES can insert between two).
/// </summary>
internal static class TriggerStatements
{
    private const long OrderStep = 1 << 20;

    public static async ValueTask<OkResult> CreateAsync(CreateTriggerStatement create, string text, QueryContext ctx, CancellationToken ct)
    {
        var session = ctx.Session;
        await session.CommitTransactionAsync(ct).ConfigureAwait(false);
        var catalog = session.Engine.Storage.Catalog;
        var tableDb = create.Table.Schema ?? create.Name.Schema ?? session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
        var db = create.Name.Schema ?? tableDb;
        if (!string.Equals(db, tableDb, StringComparison.OrdinalIgnoreCase))
        {
            throw MySqlErrors.TrgInWrongSchema();
        }
        if (!catalog.TryGetTable(tableDb, create.Table.Name, out var table))
        {
            if (catalog.TryGetView(tableDb, create.Table.Name, out _))
            {
                throw MySqlErrors.TrgOnViewOrTempTable(tableDb + "." + create.Table.Name);
            }
            throw MySqlErrors.NoSuchTable(tableDb, create.Table.Name);
        }
        if (catalog.TryGetObject(CatalogObjectKind.Trigger, table.Schema, create.Name.Name, out _))
        {
            if (create.IfNotExists)
            {
                ctx.Eval.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_TRG_ALREADY_EXISTS).Note());
                return new OkResult(0);
            }
            throw MySqlErrors.TrgAlreadyExists();
        }
        ProcedureCompiler.CompileTrigger(table.Schema, create, text, table.Columns);
        var now = session.Engine.Time.GetUtcNow().UtcDateTime;
        var definer = create.Definer is null ? $"`{session.User}`@`{session.Host}`" : $"`{create.Definer.User}`@`{create.Definer.Host}`";
        var obj = new CatalogObject(CatalogObjectKind.Trigger, table.Schema, create.Name.Name, text)
        {
            Table = table.Name,
            Definer = definer,
            SqlMode = session.Variables.GetText("sql_mode"),
            Order = OrderFor(catalog, table, create),
            Created = now,
            Modified = now,
        };
        await ctx.Storage.ApplyDdlAsync(new CatalogChange[] { new PutObject(obj) }, ct).ConfigureAwait(false);
        return new OkResult(0);
    }

    private static long OrderFor(CatalogSnapshot catalog, TableDef table, CreateTriggerStatement create)
    {
        var same = catalog.GetObjects(CatalogObjectKind.Trigger, table.Schema)
            .Where(o => string.Equals(o.Table, table.Name, StringComparison.OrdinalIgnoreCase))
            .Select(o => (Obj: o, Create: (CreateTriggerStatement)Sql.Parsing.SqlParser.Parse(o.CreateText)))
            .Where(x => x.Create.Timing == create.Timing && x.Create.Event == create.Event)
            .Select(x => x.Obj)
            .OrderBy(o => o.Order)
            .ToList();
        if (create.Order is null)
        {
            return same.Count == 0 ? OrderStep : same[^1].Order + OrderStep;
        }
        int index = same.FindIndex(o => string.Equals(o.Name, create.Order.OtherTrigger, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            // MySQL answers 3011 ER_REFERENCED_TRG_DOES_NOT_EXIST, which Core's error table does not have yet.
            throw MySqlErrors.TrgDoesNotExist();
        }
        long anchor = same[index].Order;
        if (create.Order.Follows)
        {
            return index + 1 < same.Count ? anchor + ((same[index + 1].Order - anchor) / 2) : anchor + OrderStep;
        }
        return index > 0 ? same[index - 1].Order + ((anchor - same[index - 1].Order) / 2) : anchor - OrderStep;
    }

    public static async ValueTask<OkResult> DropAsync(DropTriggerStatement drop, QueryContext ctx, CancellationToken ct)
    {
        var session = ctx.Session;
        await session.CommitTransactionAsync(ct).ConfigureAwait(false);
        var db = drop.Name.Schema ?? session.CurrentDatabase ?? throw MySqlErrors.NoDbError();
        if (!session.Engine.Storage.Catalog.TryGetObject(CatalogObjectKind.Trigger, db, drop.Name.Name, out var obj))
        {
            if (drop.IfExists)
            {
                ctx.Eval.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_TRG_DOES_NOT_EXIST).Note());
                return new OkResult(0);
            }
            throw MySqlErrors.TrgDoesNotExist();
        }
        await ctx.Storage.ApplyDdlAsync(new CatalogChange[] { new DropObject(CatalogObjectKind.Trigger, obj.Schema, obj.Name) }, ct).ConfigureAwait(false);
        return new OkResult(0);
    }
}
