using MiniAurora.Core.Results;
using MiniAurora.Engine.Execution;
using MiniAurora.Sql.Ast.Routines;

namespace MiniAurora.Engine.Statements;

/// <summary>Single-table DELETE.</summary>
internal sealed class DeleteCommand : CompiledStatement
{
    private readonly RowTarget _target;

    public DeleteCommand(long catalogVersion, int parameterCount, RowTarget target)
        : base(catalogVersion, parameterCount, [])
    {
        _target = target;
    }

    public override bool Cacheable => true;

    public override async ValueTask<OkResult?> ExecuteAsync(QueryContext ctx, IResultSink sink, bool moreResults, CancellationToken ct)
    {
        var rows = await _target.CollectAsync(ctx, ct).ConfigureAwait(false);
        var triggers = Routines.TriggerRunner.For(ctx.Catalog, _target.Table);
        foreach (var row in rows)
        {
            if (triggers is not null && triggers.Has(TriggerTiming.Before, TriggerEvent.Delete))
            {
                await triggers.FireAsync(ctx, TriggerTiming.Before, TriggerEvent.Delete, row.Values, null, ct).ConfigureAwait(false);
            }
            await ctx.Transaction.DeleteAsync(_target.Table, row, ct).ConfigureAwait(false);
            if (triggers is not null && triggers.Has(TriggerTiming.After, TriggerEvent.Delete))
            {
                await triggers.FireAsync(ctx, TriggerTiming.After, TriggerEvent.Delete, row.Values, null, ct).ConfigureAwait(false);
            }
        }
        ctx.Session.LastRowCount = rows.Count;
        return new OkResult((ulong)rows.Count);
    }
}
