using System.Globalization;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Binding;
using MiniAurora.Engine.Catalog;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;
using MiniAurora.Storage;
using MiniAurora.Storage.Catalog;
using MiniAurora.Sql.Ast.Routines;

namespace MiniAurora.Engine.Statements;

/// <summary>INSERT / REPLACE / INSERT IGNORE / ON DUPLICATE KEY UPDATE, from VALUES or a SELECT.</summary>
internal sealed class InsertCommand : CompiledStatement
{
    private readonly TableDef _table;
    private readonly int[] _targets;
    private readonly BoundExpression?[][]? _rows;
    private readonly SelectPlan? _source;
    private readonly (int Column, BoundExpression Value)[] _onDuplicate;
    private readonly bool _replace;
    private readonly bool _ignore;

    public InsertCommand(long catalogVersion, int parameterCount, TableDef table, int[] targets, BoundExpression?[][]? rows, SelectPlan? source,
        (int Column, BoundExpression Value)[] onDuplicate, bool replace, bool ignore)
        : base(catalogVersion, parameterCount, [])
    {
        _table = table;
        _targets = targets;
        _rows = rows;
        _source = source;
        _onDuplicate = onDuplicate;
        _replace = replace;
        _ignore = ignore;
    }

    public override bool Cacheable => true;

    public override async ValueTask<OkResult?> ExecuteAsync(QueryContext ctx, IResultSink sink, bool moreResults, CancellationToken ct)
    {
        var eval = ctx.Eval;
        var info = TableInfo.Of(_table);
        bool strict = eval.Strict && !_ignore;
        var rowsToInsert = new List<SqlValue[]>();
        if (_rows is not null)
        {
            long n = 0;
            foreach (var exprs in _rows)
            {
                eval.RowNumber = ++n;
                eval.Row = ExecutionContextRows.Empty;
                rowsToInsert.Add(BuildRow(exprs, null, info, eval, strict || _rows.Length == 1));
            }
        }
        else
        {
            using var op = _source!.Plan.Open(ctx);
            var buffered = new List<SqlValue[]>();
            while (await op.MoveNextAsync(ct).ConfigureAwait(false))
            {
                buffered.Add(op.Current);
            }
            long n = 0;
            foreach (var values in buffered)
            {
                eval.RowNumber = ++n;
                rowsToInsert.Add(BuildRow(null, values, info, eval, strict));
            }
        }
        ulong affected = 0;
        ulong firstId = 0;
        long duplicates = 0;
        var flags = _replace || _ignore || _onDuplicate.Length > 0 ? InsertFlags.ReturnConflict : InsertFlags.None;
        int autoOrdinal = _table.AutoIncrementOrdinal;
        long rowNumber = 0;
        var triggers = Routines.TriggerRunner.For(ctx.Catalog, _table);
        foreach (var row in rowsToInsert)
        {
            eval.RowNumber = ++rowNumber;
            if (triggers is not null && triggers.Has(TriggerTiming.Before, TriggerEvent.Insert))
            {
                await triggers.FireAsync(ctx, TriggerTiming.Before, TriggerEvent.Insert, null, row, ct).ConfigureAwait(false);
            }
            var toInsert = row;
            while (true)
            {
                var copy = (SqlValue[])toInsert.Clone();
                var result = await ctx.Transaction.InsertAsync(_table, copy, flags, ct).ConfigureAwait(false);
                if (!result.IsConflict)
                {
                    if (triggers is not null && triggers.Has(TriggerTiming.After, TriggerEvent.Insert))
                    {
                        await triggers.FireAsync(ctx, TriggerTiming.After, TriggerEvent.Insert, null, copy, ct).ConfigureAwait(false);
                    }
                    affected++;
                    if (result.GeneratedId != 0 && firstId == 0)
                    {
                        firstId = result.GeneratedId;
                    }
                    break;
                }
                duplicates++;
                if (_replace)
                {
                    await ctx.Transaction.DeleteAsync(_table, result.Conflict, ct).ConfigureAwait(false);
                    affected++;
                    continue;
                }
                if (_onDuplicate.Length > 0)
                {
                    var existing = result.Conflict.Values;
                    var combined = new SqlValue[existing.Length * 2];
                    existing.CopyTo(combined, 0);
                    toInsert.CopyTo(combined, existing.Length);
                    eval.Row = combined;
                    var updated = (SqlValue[])existing.Clone();
                    foreach (var (column, value) in _onDuplicate)
                    {
                        updated[column] = StoreConversion.Convert(value.Evaluate(eval), _table.Columns[column], eval, strict);
                        combined[column] = updated[column];
                    }
                    if (!RowsEqual(existing, updated))
                    {
                        await ctx.Transaction.UpdateAsync(_table, result.Conflict, updated, ct).ConfigureAwait(false);
                        affected += 2;
                    }
                    if (autoOrdinal >= 0 && firstId == 0 && !existing[autoOrdinal].IsNull)
                    {
                        firstId = ValueConversion.ToUInt64(existing[autoOrdinal], null);
                    }
                    break;
                }
                var key = result.ConflictIndex is null ? "" : string.Join("-", result.ConflictIndex.Parts.Select(p => ValueConversion.ToText(toInsert[p.ColumnOrdinal])));
                eval.Warn(ErrorCode.ER_DUP_ENTRY, key, _table.Name + "." + (result.ConflictIndex?.Name ?? "PRIMARY"));
                break;
            }
        }
        if (firstId != 0)
        {
            ctx.Session.LastInsertId = firstId;
        }
        string? message = rowsToInsert.Count > 1 || _source is not null
            ? string.Create(CultureInfo.InvariantCulture, $"Records: {rowsToInsert.Count}  Duplicates: {duplicates}  Warnings: {eval.WarningCount}")
            : null;
        ctx.Session.LastRowCount = (long)affected;
        return new OkResult(affected, firstId, message);
    }

    private static bool RowsEqual(SqlValue[] a, SqlValue[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (!a[i].Equals(b[i]))
            {
                return false;
            }
        }
        return true;
    }

    private SqlValue[] BuildRow(BoundExpression?[]? exprs, SqlValue[]? values, TableInfo info, EvaluationContext eval, bool nullIsError)
    {
        var columns = _table.Columns;
        var row = new SqlValue[columns.Count];
        var assigned = new bool[columns.Count];
        bool strict = eval.Strict && !_ignore;
        for (int i = 0; i < _targets.Length; i++)
        {
            int c = _targets[i];
            var column = columns[c];
            SqlValue v;
            if (exprs is not null)
            {
                var e = exprs[i];
                if (e is null)
                {
                    continue;
                }
                v = e.Evaluate(eval);
            }
            else
            {
                v = values![i];
            }
            assigned[c] = true;
            if (v.IsNull)
            {
                if (!column.Nullable && !column.AutoIncrement && column.Type.Kind != SqlTypeKind.Timestamp)
                {
                    if (nullIsError && !_ignore)
                    {
                        throw MySqlErrors.BadNullError(column.Name);
                    }
                    eval.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_BAD_NULL_ERROR).Warning(column.Name));
                    row[c] = ImplicitDefault(column);
                    continue;
                }
                row[c] = SqlValue.Null;
                continue;
            }
            row[c] = StoreConversion.Convert(v, column, eval, strict);
            if (column.AutoIncrement && (eval.Mode & SqlMode.NoAutoValueOnZero) == 0 && row[c].IsNumeric && ValueConversion.ToDouble(row[c], null) == 0)
            {
                row[c] = SqlValue.Null;
            }
        }
        for (int c = 0; c < columns.Count; c++)
        {
            if (assigned[c])
            {
                continue;
            }
            var column = columns[c];
            var def = info.Defaults[c];
            if (column.AutoIncrement)
            {
                row[c] = SqlValue.Null;
            }
            else if (def is not null)
            {
                var dv = def.Evaluate(eval);
                row[c] = dv.IsNull ? dv : StoreConversion.Convert(dv, column, eval, strict: false);
            }
            else if (!column.Nullable)
            {
                if (strict)
                {
                    throw MySqlErrors.NoDefaultForField(column.Name);
                }
                eval.AddWarning(MySqlErrorInfo.Of(ErrorCode.ER_NO_DEFAULT_FOR_FIELD).Warning(column.Name));
                row[c] = ImplicitDefault(column);
            }
            else
            {
                row[c] = SqlValue.Null;
            }
        }
        return row;
    }

    /// <summary>MySQL's implicit default for a NOT NULL column without DEFAULT (0, '', zero date).</summary>
    internal static SqlValue ImplicitDefault(ColumnDef column)
    {
        var t = column.Type;
        if (t.IsNumeric)
        {
            return ValueCoercion.To(SqlValue.FromInt(0), t, null);
        }
        if (t.Kind == SqlTypeKind.Enum)
        {
            return SqlValue.FromString(t.Members.Count > 0 ? t.Members[0] : "");
        }
        if (t.IsTemporal)
        {
            return t.Kind == SqlTypeKind.Time ? SqlValue.FromTime(0) : t.Kind == SqlTypeKind.Date ? SqlValue.FromDate(new MySqlDateTime(0)) : SqlValue.FromDateTime(new MySqlDateTime(0));
        }
        if (t.IsBinary)
        {
            return SqlValue.FromBytes([]);
        }
        return t.Kind == SqlTypeKind.Json ? SqlValue.FromJson("null") : SqlValue.FromString("");
    }
}
