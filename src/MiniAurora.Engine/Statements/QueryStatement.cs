using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Binding;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Statements;

/// <summary>SELECT: runs the plan and streams the visible columns of each row to the sink.</summary>
internal sealed class QueryStatement : CompiledStatement
{
    private readonly SelectPlan _plan;
    private readonly ColumnType[] _types;
    private readonly SqlValueKind[] _kinds;
    private readonly string[]? _into;

    public QueryStatement(long catalogVersion, int parameterCount, SelectPlan plan, string[]? into, bool clearsWarnings = true)
        : base(catalogVersion, parameterCount, into is null ? plan.Columns : [])
    {
        _plan = plan;
        _types = plan.Columns.Select(c => c.Type).ToArray();
        _kinds = _types.Select(ValueCoercion.KindOf).ToArray();
        _into = into;
        ClearsWarnings = clearsWarnings;
    }

    public override bool Cacheable => true;

    public override bool ClearsWarnings { get; }

    public SelectPlan Plan => _plan;

    public override async ValueTask<OkResult?> ExecuteAsync(QueryContext ctx, IResultSink sink, bool moreResults, CancellationToken ct)
    {
        using var op = _plan.Plan.Open(ctx);
        int width = _plan.VisibleWidth;
        if (_into is not null)
        {
            int count = 0;
            while (await op.MoveNextAsync(ct).ConfigureAwait(false))
            {
                if (++count > 1)
                {
                    throw Core.Errors.MySqlErrors.TooManyRows();
                }
                for (int i = 0; i < _into.Length && i < width; i++)
                {
                    ctx.Session.SetUserVariable(_into[i], op.Current[i]);
                }
            }
            if (count == 0)
            {
                ctx.Eval.Warn(Core.Errors.ErrorCode.ER_SP_FETCH_NO_DATA);
            }
            ctx.Session.LastFoundRows = count;
            return new OkResult(0);
        }
        sink.StartResultSet(_plan.Columns);
        long rows = 0;
        SqlValue[]? buffer = null;
        while (await op.MoveNextAsync(ct).ConfigureAwait(false))
        {
            var row = op.Current;
            bool exact = true;
            for (int i = 0; i < width; i++)
            {
                var v = row[i];
                if (!v.IsNull && v.Kind != _kinds[i] && _kinds[i] != SqlValueKind.Null)
                {
                    exact = false;
                    break;
                }
            }
            if (exact)
            {
                sink.WriteRow(row.AsSpan(0, width));
            }
            else
            {
                buffer ??= new SqlValue[width];
                for (int i = 0; i < width; i++)
                {
                    var v = row[i];
                    buffer[i] = v.IsNull || v.Kind == _kinds[i] || _kinds[i] == SqlValueKind.Null ? v : ValueCoercion.To(v, _types[i], ctx.Eval);
                }
                sink.WriteRow(buffer);
            }
            rows++;
            if ((rows & 255) == 0)
            {
                ctx.CheckKilled();
                await sink.FlushIfFullAsync(ct).ConfigureAwait(false);
            }
        }
        ctx.Session.LastFoundRows = rows;
        await sink.EndResultSetAsync(moreResults, ct).ConfigureAwait(false);
        return null;
    }
}
