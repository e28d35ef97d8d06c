using System.Runtime.CompilerServices;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Execution;
using MiniAurora.Sql.Ast.Routines;
using MiniAurora.Sql.Parsing;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Routines;

/// <summary>
/// Fires a table's triggers around each row an INSERT/UPDATE/DELETE changes (ARCHITECTURE.md B4: the DML
/// operator is wrapped with BEFORE/AFTER steps). Triggers are found per catalog snapshot (cached, so tables without
/// triggers pay one dictionary lookup per statement) and compiled per (trigger object, table definition).
/// </summary>
internal sealed class TriggerRunner
{
    private static readonly ConditionalWeakTable<CatalogSnapshot, Dictionary<(string, string), TriggerRunner?>> s_byCatalog = new();
    private static readonly ConditionalWeakTable<CatalogObject, Tuple<TableDef, CompiledRoutine, TriggerTiming, TriggerEvent>> s_compiled = new();

    private readonly TableDef _table;
    private readonly List<(CompiledRoutine Code, TriggerTiming Timing, TriggerEvent Event)> _triggers;

    private TriggerRunner(TableDef table, List<(CompiledRoutine, TriggerTiming, TriggerEvent)> triggers)
    {
        _table = table;
        _triggers = triggers;
    }

    /// <summary>The triggers of <paramref name="table"/> in <paramref name="catalog"/>, or null when it has none.</summary>
    public static TriggerRunner? For(CatalogSnapshot catalog, TableDef table)
    {
        var map = s_byCatalog.GetValue(catalog, _ => []);
        lock (map)
        {
            var key = (table.Schema.ToLowerInvariant(), table.Name.ToLowerInvariant());
            if (!map.TryGetValue(key, out var runner))
            {
                var list = catalog.GetObjects(CatalogObjectKind.Trigger, table.Schema)
                    .Where(o => string.Equals(o.Table, table.Name, StringComparison.OrdinalIgnoreCase))
                    .OrderBy(o => o.Order)
                    .Select(o => Load(o, table))
                    .Select(t => (t.Item2, t.Item3, t.Item4))
                    .ToList();
                runner = list.Count == 0 ? null : new TriggerRunner(table, list);
                map[key] = runner;
            }
            return runner;
        }
    }

    private static Tuple<TableDef, CompiledRoutine, TriggerTiming, TriggerEvent> Load(CatalogObject obj, TableDef table)
    {
        if (s_compiled.TryGetValue(obj, out var cached) && ReferenceEquals(cached.Item1, table))
        {
            return cached;
        }
        var create = (CreateTriggerStatement)SqlParser.Parse(obj.CreateText);
        var compiled = ProcedureCompiler.CompileTrigger(obj.Schema, create, obj.CreateText, table.Columns);
        var entry = Tuple.Create(table, compiled, create.Timing, create.Event);
        s_compiled.AddOrUpdate(obj, entry);
        return entry;
    }

    /// <summary>Whether any trigger exists for this timing and event.</summary>
    public bool Has(TriggerTiming timing, TriggerEvent ev) => _triggers.Exists(t => t.Timing == timing && t.Event == ev);

    /// <summary>
    /// Runs the triggers for one row in order. BEFORE triggers may change <paramref name="newRow"/> in place (SET NEW.col).
    /// Errors propagate and abort the triggering statement.
    /// </summary>
    public async ValueTask FireAsync(QueryContext ctx, TriggerTiming timing, TriggerEvent ev, SqlValue[]? oldRow, SqlValue[]? newRow, CancellationToken ct)
    {
        var eval = ctx.Eval;
        var savedRow = eval.Row;
        var savedQuery = eval.Query;
        var savedParameters = eval.Parameters;
        long savedRowNumber = eval.RowNumber;
        int n = _table.Columns.Count;
        try
        {
            foreach (var (code, t, e) in _triggers)
            {
                if (t != timing || e != ev)
                {
                    continue;
                }
                var frame = new ProcedureInterpreter(code, ctx.Session) { RunInsideStatement = true };
                try
                {
                    for (int i = 0; i < n; i++)
                    {
                        if (newRow is not null)
                        {
                            ctx.Session.SetUserVariable(frame.SlotVariable(i), newRow[i]);
                        }
                        if (oldRow is not null)
                        {
                            ctx.Session.SetUserVariable(frame.SlotVariable(n + i), oldRow[i]);
                        }
                    }
                    await frame.RunAsync(ctx, new NullSink(ctx.Session), ct).ConfigureAwait(false);
                    if (timing == TriggerTiming.Before && newRow is not null)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            newRow[i] = frame.GetSlot(i);
                        }
                    }
                }
                finally
                {
                    frame.Release();
                }
            }
        }
        finally
        {
            eval.Row = savedRow;
            eval.Query = savedQuery;
            eval.Parameters = savedParameters;
            eval.RowNumber = savedRowNumber;
        }
    }

    /// <summary>Triggers cannot return result sets (rejected at CREATE); this sink drops OKs.</summary>
    private sealed class NullSink(IStatementStatus status) : IResultSink
    {
        public IStatementStatus Status => status;

        public void StartResultSet(IReadOnlyList<ResultColumn> columns)
        {
        }

        public void WriteRow(ReadOnlySpan<SqlValue> row)
        {
        }

        public ValueTask FlushIfFullAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask EndResultSetAsync(bool moreResults, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask WriteOkAsync(OkResult ok, bool moreResults, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
