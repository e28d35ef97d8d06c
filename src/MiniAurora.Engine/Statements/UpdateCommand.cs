using System.Globalization;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;
using MiniAurora.Sql.Ast.Routines;

namespace MiniAurora.Engine.Statements;

/// <summary>Single-table UPDATE: assignments evaluate left to right against the row being built, as MySQL.</summary>
internal sealed class UpdateCommand : CompiledStatement
{
    private readonly RowTarget _target;
    private readonly (int Column, BoundExpression Value)[] _assignments;
    private readonly bool _ignore;

    public UpdateCommand(long catalogVersion, int parameterCount, RowTarget target, (int Column, BoundExpression Value)[] assignments, bool ignore)
        : base(catalogVersion, parameterCount, [])
    {
        _target = target;
        _assignments = assignments;
        _ignore = ignore;
    }

    public override bool Cacheable => true;

    public override async ValueTask<OkResult?> ExecuteAsync(QueryContext ctx, IResultSink sink, bool moreResults, CancellationToken ct)
    {
        var eval = ctx.Eval;
        var table = _target.Table;
        bool strict = eval.Strict && !_ignore;
        var rows = await _target.CollectAsync(ctx, ct).ConfigureAwait(false);
        long changed = 0;
        long rowNumber = 0;
        var triggers = Routines.TriggerRunner.For(ctx.Catalog, table);
        foreach (var row in rows)
        {
            eval.RowNumber = ++rowNumber;
            var updated = (SqlValue[])row.Values.Clone();
            eval.Row = updated;
            bool anyChange = false;
            foreach (var (column, value) in _assignments)
            {
                var v = value.Evaluate(eval);
                var def = table.Columns[column];
                if (v.IsNull && !def.Nullable)
                {
                    if (strict)
                    {
                        throw Core.Errors.MySqlErrors.BadNullError(def.Name);
                    }
                    eval.AddWarning(Core.Errors.MySqlErrorInfo.Of(Core.Errors.ErrorCode.ER_BAD_NULL_ERROR).Warning(def.Name));
                    v = InsertCommand.ImplicitDefault(def);
                }
                var stored = StoreConversion.Convert(v, def, eval, strict);
                if (!stored.Equals(updated[column]))
                {
                    anyChange = true;
                }
                updated[column] = stored;
            }
            if (triggers is not null && triggers.Has(TriggerTiming.Before, TriggerEvent.Update))
            {
                await triggers.FireAsync(ctx, TriggerTiming.Before, TriggerEvent.Update, row.Values, updated, ct).ConfigureAwait(false);
                anyChange = !row.Values.AsSpan().SequenceEqual(updated);
            }
            if (!anyChange)
            {
                // MySQL fires AFTER UPDATE for every matched row, changed or not.
                if (triggers is not null && triggers.Has(TriggerTiming.After, TriggerEvent.Update))
                {
                    await triggers.FireAsync(ctx, TriggerTiming.After, TriggerEvent.Update, row.Values, updated, ct).ConfigureAwait(false);
                }
                continue;
            }
            for (int c = 0; c < table.Columns.Count; c++)
            {
                if (table.Columns[c].OnUpdateCurrentTimestamp && !_assignments.Any(a => a.Column == c))
                {
                    updated[c] = SqlValue.FromDateTime(MySqlDateTime.FromDateTime(eval.StatementTime));
                }
            }
            await ctx.Transaction.UpdateAsync(table, row, updated, ct).ConfigureAwait(false);
            changed++;
            if (triggers is not null && triggers.Has(TriggerTiming.After, TriggerEvent.Update))
            {
                await triggers.FireAsync(ctx, TriggerTiming.After, TriggerEvent.Update, row.Values, updated, ct).ConfigureAwait(false);
            }
        }
        long affected = ctx.Session.ClientFoundRows ? rows.Count : changed;
        ctx.Session.LastRowCount = affected;
        return new OkResult((ulong)affected, 0, string.Create(CultureInfo.InvariantCulture, $"Rows matched: {rows.Count}  Changed: {changed}  Warnings: {eval.WarningCount}"));
    }
}
