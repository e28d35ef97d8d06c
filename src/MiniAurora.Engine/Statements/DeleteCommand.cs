using MiniAurora.Core.Results;
using MiniAurora.Engine.Execution;

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
        foreach (var row in rows)
        {
            await ctx.Transaction.DeleteAsync(_target.Table, row, ct).ConfigureAwait(false);
        }
        ctx.Session.LastRowCount = rows.Count;
        return new OkResult((ulong)rows.Count);
    }
}
