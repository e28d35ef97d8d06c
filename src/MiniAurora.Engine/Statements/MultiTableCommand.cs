using System.Globalization;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Planning;
using MiniAurora.Engine.Values;
using MiniAurora.Storage;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Statements;

/// <summary>One table changed by a multi-table UPDATE or DELETE: where its columns sit in the joined row.</summary>
internal sealed record MultiTableTarget(TableDef Table, int Offset);

/// <summary>
/// Multi-table UPDATE and DELETE: the join is read first; each target row is then found again by its
/// primary key (locked exclusively) and changed at most once, as MySQL does.
/// </summary>
internal sealed class MultiTableCommand : CompiledStatement
{
    private readonly PlanNode _join;
    private readonly MultiTableTarget[] _targets;
    private readonly (int Target, int Column, BoundExpression Value)[] _assignments;
    private readonly bool _delete;
    private readonly bool _ignore;

    public MultiTableCommand(long catalogVersion, int parameterCount, PlanNode join, MultiTableTarget[] targets, (int Target, int Column, BoundExpression Value)[] assignments, bool delete, bool ignore)
        : base(catalogVersion, parameterCount, [])
    {
        _join = join;
        _targets = targets;
        _assignments = assignments;
        _delete = delete;
        _ignore = ignore;
    }

    public override bool Cacheable => true;

    public override async ValueTask<OkResult?> ExecuteAsync(QueryContext ctx, IResultSink sink, bool moreResults, CancellationToken ct)
    {
        var eval = ctx.Eval;
        var work = new List<(int Target, SqlValue[] Key, SqlValue[] Values)>();
        var seen = _targets.Select(t => new HashSet<SqlValue[]>(new RowKeyComparer(t.Table.PrimaryKey!.Parts.Select(p => t.Table.Columns[p.ColumnOrdinal].Collation).ToArray()))).ToArray();
        using (var op = _join.Open(ctx))
        {
            while (await op.MoveNextAsync(ct).ConfigureAwait(false))
            {
                var row = op.Current;
                eval.Row = row;
                for (int t = 0; t < _targets.Length; t++)
                {
                    var target = _targets[t];
                    var pk = target.Table.PrimaryKey!;
                    var key = pk.Parts.Select(p => row[target.Offset + p.ColumnOrdinal]).ToArray();
                    if (key.Any(k => k.IsNull) || !seen[t].Add(key))
                    {
                        continue;
                    }
                    var values = _assignments.Where(a => a.Target == t).Select(a => a.Value.Evaluate(eval)).ToArray();
                    work.Add((t, key, values));
                }
            }
        }
        bool strict = eval.Strict && !_ignore;
        long matched = 0;
        long changed = 0;
        foreach (var (t, key, values) in work)
        {
            var table = _targets[t].Table;
            var current = await ctx.Transaction.LockRowAsync(table, table.PrimaryKey!, key, RowLockMode.Exclusive, ct).ConfigureAwait(false);
            if (current.IsEmpty)
            {
                continue;
            }
            matched++;
            if (_delete)
            {
                await ctx.Transaction.DeleteAsync(table, current, ct).ConfigureAwait(false);
                changed++;
                continue;
            }
            var updated = (SqlValue[])current.Values.Clone();
            int i = 0;
            foreach (var a in _assignments.Where(a => a.Target == t))
            {
                var column = table.Columns[a.Column];
                var v = values[i++];
                if (v.IsNull && !column.Nullable)
                {
                    if (strict)
                    {
                        throw MySqlErrors.BadNullError(column.Name);
                    }
                    v = InsertCommand.ImplicitDefault(column);
                }
                updated[a.Column] = StoreConversion.Convert(v, column, eval, strict);
            }
            bool differs = false;
            for (int c = 0; c < updated.Length; c++)
            {
                differs |= !updated[c].Equals(current.Values[c]);
            }
            if (differs)
            {
                await ctx.Transaction.UpdateAsync(table, current, updated, ct).ConfigureAwait(false);
                changed++;
            }
        }
        if (_delete)
        {
            return new OkResult((ulong)changed);
        }
        long affected = ctx.Session.ClientFoundRows ? matched : changed;
        return new OkResult((ulong)affected, 0, string.Create(CultureInfo.InvariantCulture, $"Rows matched: {matched}  Changed: {changed}  Warnings: {eval.WarningCount}"));
    }
}
